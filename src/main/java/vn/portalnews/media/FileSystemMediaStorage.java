package vn.portalnews.media;


import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Media in a directory. A write goes to a temporary file beside its target and is renamed into place. */
final class FileSystemMediaStorage implements MediaStorage {

    private final Path root;

    FileSystemMediaStorage(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    @Override
    public void put(String key, Path source, String contentType) throws IOException {
        write(key, temporary -> Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) throws IOException {
        write(key, temporary -> Files.write(temporary, bytes));
    }

    private interface Filler {
        void fill(Path temporary) throws IOException;
    }

    /** Fills a temporary file beside the target, then renames it into place: readers see all of it or nothing. */
    private void write(String key, Filler filler) throws IOException {
        Path target = resolve(key);
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        try {
            filler.fill(temporary);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<StoredObject> open(String key) throws IOException {
        Path file = resolve(key);
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
        return Optional.of(new StoredObject() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public Object entity(long offset, long length) {
                // a file region: the HTTP layer sends it without copying it through the heap
                return offset == 0 && length == size ? file : new org.jboss.resteasy.reactive.PathPart(file, offset, length);
            }
        });
    }

    @Override
    public Optional<byte[]> readSmall(String key, long maxBytes) throws IOException {
        Path file = resolve(key);
        try {
            return Files.size(file) > maxBytes ? Optional.empty() : Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("a media key outside the media directory: " + key);
        }
        return path;
    }
}
