package vn.portalnews.common;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class RenderedJsonTest {

    record Item(String title, LiveNumber views) {
    }

    private static LiveNumbers live(Map<Long, Long> values, long version) {
        return new LiveNumbers() {
            @Override
            public long version() {
                return version;
            }

            @Override
            public long current(long key, long rendered) {
                return values.getOrDefault(key, rendered);
            }
        };
    }

    private static RenderedJson render(Object value) {
        return TestHttpConfig.caching().render(value);
    }

    private static String text(RenderedJson json) {
        return new String(json.body(), StandardCharsets.UTF_8);
    }

    @Test
    void shouldShowTheCurrentValuesInTheRenderedBody() {
        RenderedJson rendered = render(List.of(new Item("Tin \"một\"", new LiveNumber(7, 9)), new Item("Hai", new LiveNumber(8, 120))));
        RenderedJson now = rendered.live(live(Map.of(7L, 10L, 8L, 99_999L), 1));
        assertEquals("[{\"title\":\"Tin \\\"một\\\"\",\"views\":10},{\"title\":\"Hai\",\"views\":99999}]", text(now));
        assertNotEquals(rendered.etag(), now.etag());
    }

    @Test
    void shouldKeepTheVeryBodyWhileNoValueChanged() {
        RenderedJson rendered = render(new Item("Tin", new LiveNumber(7, 9)));
        assertSame(rendered, rendered.live(live(Map.of(), 1)));
        assertSame(rendered, rendered.live(live(Map.of(7L, 9L), 2)));
        RenderedJson plain = render(Map.of("title", "Không có số"));
        assertSame(plain, plain.live(live(Map.of(7L, 10L), 3)));
    }

    @Test
    void shouldGiveTheSameTagToTheSameAnswerRenderedAtDifferentCounts() {
        // two instances rendered the page at different moments; once their counts agree, so do their tags
        LiveNumbers now = live(Map.of(7L, 12L), 3);
        RenderedJson early = render(new Item("Tin", new LiveNumber(7, 9))).live(now);
        RenderedJson late = render(new Item("Tin", new LiveNumber(7, 12))).live(now);
        assertEquals(text(early), text(late));
        assertEquals(early.etag(), late.etag());
        assertNotEquals(early.etag(), render(new Item("Tin khác", new LiveNumber(7, 12))).live(now).etag());
    }

    @Test
    void shouldTagAnAnswerWithoutLiveNumbersByItsBytes() {
        RenderedJson rendered = render(Map.of("title", "Tin"));
        assertEquals(RenderedJson.tagOf(rendered.body()), rendered.etag());
    }
}
