package vn.portalnews.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks the query's words in a title or body, accent-insensitively like the search itself, and returns
 * safe HTML: the text escaped, matches in {@code <mark>}, no other tag. Done here rather than with
 * ts_headline(), which re-parses every body in PostgreSQL and cost more than the search.
 */
final class Highlighter {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int SNIPPET_WORDS = 28;
    private static final int WORDS_BEFORE_MATCH = 8;

    private final Set<String> folded;
    /** Bodies repeat their words; folding each distinct one once keeps highlighting cheap. */
    private final Map<String, Boolean> matches = new HashMap<>();

    Highlighter(List<String> words) {
        this.folded = words.stream().map(Highlighter::fold).collect(Collectors.toSet());
    }

    private boolean matches(String word) {
        return matches.computeIfAbsent(word, w -> folded.contains(fold(w)));
    }

    /** The whole text, every match marked. */
    String title(String title) {
        return mark(title, 0, title.length());
    }

    /**
     * A short passage of the body around the first match (its start when none), with "…" where cut. Words are
     * read only as far as the passage needs: the first match is usually early in a body.
     */
    String snippet(String bodyHtml) {
        String text = plainText(bodyHtml);
        int[] latestStarts = new int[WORDS_BEFORE_MATCH + 1];
        int seen = 0;
        int matchEnd = -1;
        for (int start = nextWordStart(text, 0); start >= 0 && matchEnd < 0; ) {
            int end = wordEnd(text, start);
            latestStarts[seen++ % latestStarts.length] = start;
            if (matches(text.substring(start, end))) {
                matchEnd = end;
            }
            start = nextWordStart(text, end);
        }
        if (seen == 0) {
            return "";
        }
        int from = 0;
        int words = 0;
        int at = 0;
        if (matchEnd >= 0) {
            int firstWord = Math.max(0, seen - 1 - WORDS_BEFORE_MATCH);
            from = firstWord == 0 ? 0 : latestStarts[firstWord % latestStarts.length];
            words = seen - firstWord;
            at = matchEnd;
        }
        for (int start = nextWordStart(text, at); start >= 0 && words < SNIPPET_WORDS; start = nextWordStart(text, at)) {
            at = wordEnd(text, start);
            words++;
        }
        boolean cut = nextWordStart(text, at) >= 0;
        return (from > 0 ? "… " : "") + mark(text, from, cut ? at : text.length()) + (cut ? " …" : "");
    }

    /** Where the first word at or after {@code from} begins; -1 when none does. */
    private static int nextWordStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (isWordChar(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private String mark(String text, int start, int end) {
        StringBuilder html = new StringBuilder(end - start + 64);
        int at = start;
        for (int[] word : words(text, start, end)) {
            escape(text, at, word[0], html);
            boolean hit = matches(text.substring(word[0], word[1]));
            html.append(hit ? "<mark>" : "");
            escape(text, word[0], word[1], html);
            html.append(hit ? "</mark>" : "");
            at = word[1];
        }
        escape(text, at, end, html);
        return html.toString();
    }

    /**
     * Runs of letters, marks and digits, as the search's tokenizer sees words. Scanned by hand: a regular
     * expression with Unicode classes was most of the CPU time of a search.
     */
    private static List<int[]> words(String text, int from, int to) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = from; i < to; i++) {
            if (isWordChar(text.charAt(i))) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                words.add(new int[]{start, i});
                start = -1;
            }
        }
        if (start >= 0) {
            words.add(new int[]{start, to});
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** As the 'vn_unaccent' configuration does: lower case, no diacritics, đ → d. */
    static String fold(String word) {
        if (isAscii(word)) {
            return word.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd');
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * The body's text: tags become spaces, runs of whitespace one space, entities characters. One pass by
     * hand: the regular expressions this replaced were half of a search's CPU time.
     */
    static String plainText(String body) {
        // a non-breaking space is whitespace to collapse, not text
        String html = body.replace("&nbsp;", " ");
        StringBuilder text = new StringBuilder(html.length());
        boolean inTag = false;
        boolean space = true;
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if (inTag) {
                inTag = c != '>';
                continue;
            }
            if (c == '<') {
                inTag = true;
                c = ' ';
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                if (!space) {
                    text.append(' ');
                    space = true;
                }
            } else {
                text.append(c);
                space = false;
            }
        }
        return unescape(text.toString()).trim();
    }

    private static String unescape(String html) {
        if (html.indexOf('&') < 0) {
            return html;
        }
        return html.replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    private static void escape(String text, int from, int to, StringBuilder html) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
    }
}
