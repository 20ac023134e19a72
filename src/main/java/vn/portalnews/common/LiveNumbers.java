package vn.portalnews.common;

/**
 * The current values of the {@link LiveNumber}s, kept by the feature that owns them. Cached bodies show
 * {@link #current} instead of the value they were rendered with.
 */
public interface LiveNumbers {

    /** Changes whenever any value may have changed; a body overlaid at one version is reused until the next. */
    long version();

    /** The value of {@code key} now; {@code rendered} when nothing newer is known. */
    long current(long key, long rendered);

    /** For responses without live numbers, and for tests. */
    LiveNumbers NONE = new LiveNumbers() {
        @Override
        public long version() {
            return 0;
        }

        @Override
        public long current(long key, long rendered) {
            return rendered;
        }
    };
}
