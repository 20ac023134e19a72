package vn.portalnews.article.preview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "portal.preview")
public interface PreviewConfig {

    /** How long a preview link works. */
    @WithDefault("PT1H")
    Duration ttl();
}
