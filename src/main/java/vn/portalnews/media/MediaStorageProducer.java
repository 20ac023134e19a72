package vn.portalnews.media;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The configured storage, made once; a storage that cannot be set up stops the start with a clear message. */
@ApplicationScoped
class MediaStorageProducer {

    private static final Logger LOG = Logger.getLogger(MediaStorageProducer.class);

    @Produces
    @ApplicationScoped
    @Startup
    MediaStorage storage(MediaConfig config) {
        try {
            if (config.storage() == MediaConfig.Storage.S3) {
                S3MediaStorage storage = new S3MediaStorage(config.s3());
                try {
                    storage.ensureBucket();
                } catch (IOException unreachable) {
                    // the service starts anyway: media requests answer 503 until the store is back
                    LOG.warnf("Media storage not reachable yet: %s", unreachable.getMessage());
                }
                LOG.infof("Media in S3 bucket %s at %s", config.s3().bucket(),
                        config.s3().endpoint().map(Object::toString).orElse("AWS"));
                return storage;
            }
            Path directory = config.directory().orElse(Path.of(System.getProperty("user.home"), ".portal-news", "media"))
                    .toAbsolutePath().normalize();
            Files.createDirectories(directory);
            FileSystemMediaStorage storage = new FileSystemMediaStorage(directory);
            LOG.infof("Media in %s", storage.root());
            return storage;
        } catch (IOException error) {
            throw new UncheckedIOException("Media storage cannot be set up: " + error.getMessage(), error);
        }
    }

    void close(@Disposes MediaStorage storage) {
        if (storage instanceof S3MediaStorage s3) {
            s3.close();
        }
    }
}
