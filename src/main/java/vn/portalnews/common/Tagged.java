package vn.portalnews.common;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** An answer that shows content a CDN may purge it by, beyond what its address says (the articles it lists). */
public interface Tagged {

    @JsonIgnore
    List<String> cacheTags();
}
