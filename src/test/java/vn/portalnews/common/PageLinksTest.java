package vn.portalnews.common;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageLinksTest {

    @Test
    void shouldPointToTheNextCursorKeepingTheFilters() {
        assertEquals(Optional.of("</api/v1/sites/x/articles?category=tin&limit=5&cursor=AbC-_9>; rel=\"next\""),
                PageLinks.header("/api/v1/sites/x/articles", "category=tin&cursor=old&limit=5", new Paged.State("AbC-_9", null, null)));
        assertEquals(Optional.empty(), PageLinks.header("/a", "limit=5", new Paged.State(null, null, null)), "the last page");
        assertEquals(Optional.empty(), PageLinks.header("/a", null, null), "not a list");
    }

    @Test
    void shouldNameFirstPrevNextAndLastOfNumberedPages() {
        assertEquals(Optional.of("</a?limit=10&page=1>; rel=\"first\", </a?limit=10&page=2>; rel=\"prev\", "
                        + "</a?limit=10&page=4>; rel=\"next\", </a?limit=10&page=7>; rel=\"last\""),
                PageLinks.header("/a", "page=3&limit=10", new Paged.State(null, 3, 7L)));
        assertEquals(Optional.of("</a?page=1>; rel=\"first\", </a?page=1>; rel=\"last\""),
                PageLinks.header("/a", "page=1", new Paged.State(null, 1, 1L)));
        assertEquals(Optional.of("</a?page=1>; rel=\"first\", </a?page=2>; rel=\"prev\", </a?page=2>; rel=\"last\""),
                PageLinks.header("/a", "page=9", new Paged.State(null, 9, 2L)), "past the end: prev is the last page");
    }
}
