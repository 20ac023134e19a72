package vn.portalnews.document;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers and symbols of documents ("13/KH-UBND", "42/2022/NĐ-CP"): the folded key they are looked up by, and
 * the references to them that Vietnamese administrative prose writes ("Kế hoạch số 03/KH-UBND ngày 10/01/2022").
 */
public final class DocumentNumbers {

    /** A reference found in a text: as written, its number's key, and the year of its date when given. */
    public record Citation(String reference, String numberKey, Integer year) {
    }

    /** The longest key stored (documents.number_key). */
    static final int MAX_KEY = 60;

    private static final String TYPES = "Quyết định|Nghị quyết|Nghị định|Kế hoạch|Thông báo|Thông tư|Công văn|Báo cáo|"
            + "Chỉ thị|Hướng dẫn|Tờ trình|Chương trình|Đề án|Luật|Công điện";
    /**
     * A number, an optional year, then a symbol of capitalised parts joined by hyphens ("KH-UBND", "QĐ-TTg"): a
     * date (10/01/2022) has no letters, so it is never taken for a number.
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:(?:" + TYPES + ")\\s+(?:số\\s+)?)?"
                    + "(?<![\\p{L}\\p{N}/])(\\d{1,6}(?:/\\d{4})?/[A-ZĐ][\\p{L}\\d]+(?:-[\\p{Lu}\\d][\\p{L}\\d]*){0,4})(?![\\p{L}\\p{N}])"
                    + "(?:\\s+ngày\\s+\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}))?");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private DocumentNumbers() {
    }

    /** "13/KH-UBND", "13 KH UBND" and "13/kh-ubnd" all give "13khubnd"; đ folds to d. */
    public static String key(String number) {
        String decomposed = Normalizer.normalize(number.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        String folded = NOT_ALPHANUMERIC.matcher(MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)).replaceAll("");
        return folded.length() > MAX_KEY ? folded.substring(0, MAX_KEY) : folded;
    }

    /** Whether a search text looks like a number and symbol: digits and letters, nothing much else. */
    static boolean looksLikeNumber(String text) {
        String key = key(text);
        return key.length() >= 3 && key.chars().anyMatch(Character::isDigit) && key.chars().anyMatch(Character::isLetter)
                && text.strip().split("\\s+").length <= 4;
    }

    /** References in plain text, in order, each number once (the first time it is written). */
    public static List<Citation> citations(String text) {
        List<Citation> found = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            String key = key(matcher.group(1));
            if (seen.contains(key)) {
                continue;
            }
            seen.add(key);
            found.add(new Citation(matcher.group().strip(), key, matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2))));
        }
        return found;
    }
}
