package vn.portalnews.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/**
 * A number in a response that changes far more often than the content around it (an article's view total),
 * named by {@code key}. It is written as a plain JSON number; when a response is rendered for the cache, where
 * it was written is remembered, so that a cached body can carry the live value (see {@link RenderedJson}).
 */
@JsonSerialize(using = LiveNumber.Writer.class)
public record LiveNumber(long key, long value) {

    /** Where a rendering wants to hear of the live numbers it writes. */
    interface Positions {
        void written(JsonGenerator generator, LiveNumber number) throws IOException;
    }

    static final String POSITIONS = LiveNumber.class.getName();

    static final class Writer extends StdSerializer<LiveNumber> {
        Writer() {
            super(LiveNumber.class);
        }

        @Override
        public void serialize(LiveNumber number, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeNumber(number.value());
            if (provider.getAttribute(POSITIONS) instanceof Positions positions) {
                positions.written(generator, number);
            }
        }
    }
}
