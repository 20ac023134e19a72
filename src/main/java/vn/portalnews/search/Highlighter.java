package vn.portalnews.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks the query's words in a title or body, accent-insensitively like the search itself, and returns
 * safe HTML: the text escaped, matches in {@code <mark>}, no other tag. Done here rather than with
 * ts_headline(), which re-parses every body in PostgreSQL and cost more than the search.
 */
final class Highlighter {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int SNIPPET_WORDS = 28;
    private static final int WORDS_BEFORE_MATCH = 8;

    private final Set<String> folded;

    Highlighter(List<String> words) {
        this.folded = words.stream().map(Highlighter::fold).collect(Collectors.toSet());
    }

    /** The whole text, every match marked. */
    String title(String title) {
        return mark(title, 0, title.length());
    }

    /** A short passage of the body around the first match (its start when none), with "…" where cut. */
    String snippet(String bodyHtml) {
        String text = unescape(TAG.matcher(bodyHtml).replaceAll(" ")).replaceAll("\\s+", " ").trim();
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int firstMatch = -1;
        while (matcher.find()) {
            if (firstMatch < 0 && folded.contains(fold(matcher.group()))) {
                firstMatch = words.size();
            }
            words.add(new int[]{matcher.start(), matcher.end()});
        }
        if (words.isEmpty()) {
            return "";
        }
        int first = Math.max(0, firstMatch - WORDS_BEFORE_MATCH);
        int last = Math.min(words.size() - 1, first + SNIPPET_WORDS - 1);
        int start = first == 0 ? 0 : words.get(first)[0];
        int end = last == words.size() - 1 ? text.length() : words.get(last)[1];
        return (start > 0 ? "… " : "") + mark(text, start, end) + (end < text.length() ? " …" : "");
    }

    private String mark(String text, int start, int end) {
        StringBuilder html = new StringBuilder(end - start + 64);
        Matcher matcher = WORD.matcher(text).region(start, end);
        int at = start;
        while (matcher.find()) {
            escape(text, at, matcher.start(), html);
            boolean hit = folded.contains(fold(matcher.group()));
            html.append(hit ? "<mark>" : "");
            escape(text, matcher.start(), matcher.end(), html);
            html.append(hit ? "</mark>" : "");
            at = matcher.end();
        }
        escape(text, at, end, html);
        return html.toString();
    }

    /** As the 'vn_unaccent' configuration does: lower case, no diacritics, đ → d. */
    static String fold(String word) {
        return MARKS.matcher(Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd');
    }

    private static String unescape(String html) {
        return html.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
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
