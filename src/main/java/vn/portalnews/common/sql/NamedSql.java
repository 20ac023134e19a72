package vn.portalnews.common.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement with JPA-style {@code :name} parameters turned into JDBC's {@code ?} placeholders, and the names
 * in the order they stand. Parameters are recognised only in SQL text: never inside a quoted literal
 * ({@code '…'}, {@code E'…'}), a quoted identifier ({@code "…"}), a dollar-quoted body ({@code $$…$$},
 * {@code $tag$…$tag$}), a comment ({@code -- …}, nested {@code /* … *}{@code /}), nor a {@code ::} cast.
 */
public record NamedSql(String jdbcSql, List<String> parameters) {

    public static NamedSql parse(String sql) {
        StringBuilder jdbc = new StringBuilder(sql.length());
        List<String> names = new ArrayList<>();
        int length = sql.length();
        int i = 0;
        while (i < length) {
            char c = sql.charAt(i);
            int end;
            if (c == '\'') {
                end = quoted(sql, i, '\'', isEscapeString(sql, i));
            } else if (c == '"') {
                end = quoted(sql, i, '"', false);
            } else if (c == '-' && next(sql, i) == '-') {
                int newline = sql.indexOf('\n', i);
                end = newline < 0 ? length : newline;
            } else if (c == '/' && next(sql, i) == '*') {
                end = blockComment(sql, i);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                end = close < 0 ? length : close + tag.length();
            } else if (c == ':' && next(sql, i) == ':') {
                end = i + 2;
            } else if (c == ':' && Character.isLetter(next(sql, i)) && !(i > 0 && isWordPart(sql.charAt(i - 1)))) {
                int start = i + 1;
                end = start;
                while (end < length && isWordPart(sql.charAt(end))) {
                    end++;
                }
                names.add(sql.substring(start, end));
                jdbc.append('?');
                i = end;
                continue;
            } else {
                end = i + 1;
            }
            jdbc.append(sql, i, end);
            i = end;
        }
        return new NamedSql(jdbc.toString(), List.copyOf(names));
    }

    private static char next(String sql, int i) {
        return i + 1 < sql.length() ? sql.charAt(i + 1) : '\0';
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** {@code E'…'}: backslash escapes apply inside. */
    private static boolean isEscapeString(String sql, int quote) {
        return quote > 0 && (sql.charAt(quote - 1) == 'E' || sql.charAt(quote - 1) == 'e')
                && (quote == 1 || !isWordPart(sql.charAt(quote - 2)));
    }

    /** The index just past the closing quote; a doubled quote stands for itself. */
    private static int quoted(String sql, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (next(sql, i) != quote) {
                    return i + 1;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static int blockComment(String sql, int open) {
        int depth = 0;
        int i = open;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** {@code $$} or {@code $tag$} starting at {@code i}, or null when the dollar is something else ({@code $1}). */
    private static String dollarTag(String sql, int i) {
        if (i > 0 && isWordPart(sql.charAt(i - 1))) {
            return null;
        }
        int j = i + 1;
        while (j < sql.length() && (Character.isLetter(sql.charAt(j)) || sql.charAt(j) == '_'
                || j > i + 1 && Character.isDigit(sql.charAt(j)))) {
            j++;
        }
        return j < sql.length() && sql.charAt(j) == '$' ? sql.substring(i, j + 1) : null;
    }
}
