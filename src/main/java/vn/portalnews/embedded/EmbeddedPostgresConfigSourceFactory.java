package vn.portalnews.embedded;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import org.eclipse.microprofile.config.spi.ConfigSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Supplies the datasource of an embedded PostgreSQL when none is configured, so that the service runs
 * with one command on a machine that has only a JDK.
 *
 * <p>Quarkus also evaluates configuration while it builds the application; the embedded server is started
 * only at run time, so no URL is ever recorded into the packaged jar.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    /** Below application.properties (250) and environment variables (300): anything the user sets wins. */
    private static final int ORDINAL = 150;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ExecutionMode mode = ExecutionMode.current();
        boolean runtime = mode == ExecutionMode.RUNTIME_INIT || mode == ExecutionMode.RUNNING;
        if (!runtime || isSet(context.getValue(URL_KEY))) {
            return List.of();
        }
        boolean enabled = Boolean.parseBoolean(valueOf(context.getValue("portal.embedded.enabled"),
                EmbeddedPostgresSettings.DEFAULT_ENABLED));
        if (!enabled) {
            return List.of();
        }
        var settings = new EmbeddedPostgresSettings(
                Path.of(valueOf(context.getValue("portal.embedded.data-dir"),
                        Path.of(System.getProperty("user.home"), ".portal-news", "pgdata").toString())),
                Integer.parseInt(valueOf(context.getValue("portal.embedded.port"), EmbeddedPostgresSettings.DEFAULT_PORT)),
                Boolean.parseBoolean(valueOf(context.getValue("portal.embedded.clean-on-start"),
                        EmbeddedPostgresSettings.DEFAULT_CLEAN_ON_START)),
                valueOf(context.getValue("portal.embedded.shared-buffers"), EmbeddedPostgresSettings.DEFAULT_SHARED_BUFFERS));
        String url = EmbeddedPostgresServer.jdbcUrl(settings);
        return List.of(new MapBackedConfigSource("EmbeddedPostgreSQL", Map.of(
                URL_KEY, url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "",
                "portal.demo.enabled", "true"), ORDINAL) {
        });
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static String valueOf(ConfigValue value, String fallback) {
        return isSet(value) ? value.getValue() : fallback;
    }
}
