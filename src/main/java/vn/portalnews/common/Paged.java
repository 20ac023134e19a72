package vn.portalnews.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One page of a list: what its Link header (RFC 8288, see {@link PageLinks}) is made of. */
public interface Paged {

    /** The cursor of the next page; null on the last. */
    String nextCursor();

    /** Numbered pages only: the page served; null for keyset pages. */
    @JsonIgnore
    default Integer pageNumber() {
        return null;
    }

    /** Numbered pages only: how many pages there are. */
    @JsonIgnore
    default Long pageCount() {
        return null;
    }

    @JsonIgnore
    default State pageState() {
        return new State(nextCursor(), pageNumber(), pageCount());
    }

    /** What a rendered page keeps of its paging. */
    record State(String nextCursor, Integer page, Long totalPages) {
    }
}
