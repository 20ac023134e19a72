package vn.portalnews.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs from Vietnamese text: "Công tác CCHC của xã" → "cong-tac-cchc-cua-xa". */
public final class Slugs {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    /** For @Pattern on inputs: what every slug column's check constraint accepts. */
    public static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    public static final String PATTERN_MESSAGE = "must be lower-case letters a-z, digits and single hyphens";

    private Slugs() {
    }

    public static String of(String text, int maxLength) {
        // đ/Đ are letters of their own, not d with a mark, so decomposition leaves them alone.
        String plain = COMBINING_MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        String slug = NOT_ALPHANUMERIC.matcher(plain).replaceAll("-").replaceAll("^-+|-+$", "");
        if (slug.length() > maxLength) {
            slug = slug.substring(0, maxLength).replaceAll("-+$", "");
        }
        return slug;
    }
}
