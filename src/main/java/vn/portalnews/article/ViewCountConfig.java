package vn.portalnews.article;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The live view totals every instance overlays on cached pages. */
@ConfigMapping(prefix = "portal.view-counts")
public interface ViewCountConfig {

    /** How often each instance reads the totals other instances changed. */
    @WithDefault("PT1S")
    Duration refreshInterval();

    /** Memory for live totals (about 100 bytes an article); the least asked are forgotten first. */
    @WithDefault("8388608")
    long maxBytes();
}
