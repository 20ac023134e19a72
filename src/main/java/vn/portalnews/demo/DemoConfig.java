package vn.portalnews.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Demo content ({@code portal.demo.*}). */
@ConfigMapping(prefix = "portal.demo")
public interface DemoConfig {

    /** True by default only when the embedded database is in use (set by its config source). */
    @WithDefault("false")
    boolean enabled();

    /** Articles generated per demo site; raise it (e.g. 50000) to get a benchmark-sized corpus. */
    @WithDefault("180")
    int articlesPerSite();

    /** Official documents generated per demo site; raise it (e.g. 100000) for the documents benchmark. */
    @WithDefault("150")
    int documentsPerSite();

    @WithDefault("20261125")
    long seed();
}
