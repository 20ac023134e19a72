package vn.portalnews.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The first administrator ({@code portal.bootstrap.*}). */
@ConfigMapping(prefix = "portal.bootstrap")
public interface BootstrapConfig {

    /** The administrator created when the service starts with no users at all. */
    @WithDefault("admin")
    String adminUsername();

    /** Unset: a random password is generated and logged once. */
    Optional<String> adminPassword();
}
