package vn.portalnews.search;

import vn.portalnews.common.ApiProblemException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a reader typed, reduced to words: every character is text, never query syntax. Words are letters,
 * marks and digits; everything else separates them. Text in double quotes is a phrase.
 *
 * @param words     all words in the order typed (NFC, lower case, accents kept)
 * @param required  the words an article must contain: noise words dropped, unless nothing else is left
 * @param phrases   quoted phrases, each a list of words
 */
public record SearchQuery(String text, List<String> words, List<String> required, List<List<String>> phrases) {

    public static final int MAX_LENGTH = 200;
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Function words that carry no topic; only the accented forms and unambiguous plain forms. */
    private static final Set<String> NOISE = Set.of(
            "và", "của", "các", "những", "là", "được", "với", "về", "trong", "tại", "theo", "để", "một", "này",
            "đã", "đến", "từ", "thì", "mà", "như", "khi", "vào", "bị", "nên", "nếu", "hoặc", "cũng", "rất", "đang",
            "sẽ", "vẫn", "va", "cua", "cac", "nhung", "duoc", "voi", "mot", "nay");

    public static SearchQuery parse(String parameter, String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiProblemException.invalid(parameter, "must not be empty");
        }
        if (raw.length() > MAX_LENGTH) {
            throw ApiProblemException.invalid(parameter, "must be at most " + MAX_LENGTH + " characters");
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).trim();
        List<List<String>> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            List<String> phrase = words(quoted.group(1));
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
            }
        }
        List<String> words = words(text);
        if (words.isEmpty()) {
            throw ApiProblemException.invalid(parameter, "must contain at least one letter or digit");
        }
        String outsideQuotes = QUOTED.matcher(text).replaceAll(" ");
        List<String> required = words(outsideQuotes).stream().filter(word -> !NOISE.contains(word)).toList();
        if (required.isEmpty() && phrases.isEmpty()) {
            required = words;
        }
        return new SearchQuery(text, words, required, phrases);
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** What an article must match: the required words and the phrases, accents folded by the 'vn_unaccent' config. */
    public String matchQuery() {
        List<String> parts = new ArrayList<>(required.stream().map(SearchQuery::quote).toList());
        phrases.forEach(phrase -> parts.add(phrase.size() == 1 ? quote(phrase.get(0)) : "(" + followedBy(phrase) + ")"));
        return String.join(" & ", parts);
    }

    /** All words together and in order, for the ranking bonus; null for a single word. */
    String phraseQuery() {
        return words.size() < 2 ? null : followedBy(words);
    }

    /** The words typed with diacritics, to rank exact-accent matches first; null when none has any. */
    String exactQuery() {
        String exact = words.stream().filter(SearchQuery::hasDiacritics).filter(word -> !NOISE.contains(word))
                .map(SearchQuery::quote).collect(Collectors.joining(" & "));
        return exact.isEmpty() ? null : exact;
    }

    /** As-you-type: every word in a title, the last one as a prefix. */
    String titlePrefixQuery() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            parts.add(quote(words.get(i)) + (i == words.size() - 1 ? ":*A" : ":A"));
        }
        return String.join(" & ", parts);
    }

    /** The same query with some words replaced (spelling corrections); quoted phrases are dropped. */
    SearchQuery withWords(List<String> corrected) {
        String text = String.join(" ", corrected);
        return new SearchQuery(text, List.copyOf(corrected),
                corrected.stream().filter(word -> !NOISE.contains(word)).toList(), List.of());
    }

    /** Words only, for trigram similarity. */
    String plainText() {
        return String.join(" ", words);
    }

    static boolean hasDiacritics(String word) {
        return word.indexOf('đ') >= 0 || MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).find();
    }

    private static String followedBy(List<String> phrase) {
        return phrase.stream().map(SearchQuery::quote).collect(Collectors.joining(" <-> "));
    }

    /** Words hold only letters, marks and digits, so quoting cannot be escaped from. */
    private static String quote(String word) {
        return "'" + word + "'";
    }
}
