package vn.portalnews.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HighlighterTest {

    @Test
    void shouldMarkEveryMatchWhateverItsAccents() {
        assertEquals("<mark>Cải</mark> <mark>cách</mark> hành chính", new Highlighter(List.of("cai", "cach")).title("Cải cách hành chính"));
    }

    @Test
    void shouldEscapeTheTextAroundTheMarks() {
        assertEquals("&lt;b&gt; <mark>xã</mark> &amp;", new Highlighter(List.of("xa")).title("<b> xã &"));
    }

    @Test
    void shouldCutAPassageAroundTheFirstMatch() {
        String body = "<p>" + "mở đầu ".repeat(40) + "trọng tâm là tiêm chủng " + "kết thúc ".repeat(40) + "</p>";
        String snippet = new Highlighter(List.of("tiem")).snippet(body);
        assertTrue(snippet.startsWith("… "), snippet);
        assertTrue(snippet.endsWith(" …"), snippet);
        assertTrue(snippet.contains("<mark>tiêm</mark>"), snippet);
        assertFalse(snippet.contains("<p>"), snippet);
    }

    @Test
    void shouldStartAtTheBeginningWhenNothingMatches() {
        assertEquals("Một hai ba", new Highlighter(List.of("khong")).snippet("<p>Một <b>hai</b> ba</p>"));
        assertEquals("", new Highlighter(List.of("x")).snippet(""));
    }
}
