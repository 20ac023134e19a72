package vn.portalnews.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.site.SiteRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks the words typed against the site's title vocabulary (V5__search_vocabulary.sql): a word that no
 * title contains ("chugn") is replaced by the most similar word one does ("chung", by trigram similarity over
 * a few thousand words instead of every title). The last word may be unfinished, so it only needs to begin a
 * known word.
 */
@ApplicationScoped
public class SpellingCorrector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    /** Words typed are few: Vietnamese has some thousands of syllables, and most readers type the same ones. */
    private static final int KNOWN_WORDS_REMEMBERED = 200_000;

    private final SearchQueries queries;
    /**
     * Words found in the vocabulary. The vocabulary only grows, so a known word stays known and needs no
     * invalidation; unknown words are not remembered, since the next title may bring them. Without this, the
     * check cost as much SQL as the suggestion it guards (measured: 0.44 ms against 0.35 ms), for every
     * keystroke.
     */
    private final Cache<TypedWord, Boolean> knownWords = Caffeine.newBuilder().maximumSize(KNOWN_WORDS_REMEMBERED).build();

    SpellingCorrector(SearchQueries queries) {
        this.queries = queries;
    }

    /** A word as typed (NFC, lower case); a prefix is the unfinished last word. */
    private record TypedWord(long siteId, String word, boolean prefix) {
    }

    /**
     * What the vocabulary says of the words typed.
     *
     * @param everyWordKnown  every word is a title word (the last one: begins one); when false, no title can
     *                        hold them all and asking the articles is wasted work
     * @param correction      the words with each unknown one replaced by its nearest known word; empty when all
     *                        are known or an unknown one has no near neighbour
     */
    public record Verdict(boolean everyWordKnown, Optional<SearchQuery> correction) {
    }

    public Verdict check(SiteRef site, SearchQuery query) {
        List<TypedWord> typed = new ArrayList<>();
        for (int i = 0; i < query.words().size(); i++) {
            typed.add(new TypedWord(site.id(), query.words().get(i), i == query.words().size() - 1));
        }
        if (typed.stream().allMatch(word -> knownWords.getIfPresent(word) != null)) {
            return new Verdict(true, Optional.empty());
        }
        List<SearchQueries.CheckedWord> checked = queries.checkWords(site.id(), query.words());
        List<String> corrected = new ArrayList<>();
        boolean everyWordKnown = true;
        boolean changed = false;
        for (int i = 0; i < checked.size(); i++) {
            SearchQueries.CheckedWord word = checked.get(i);
            boolean known = word.known();
            String nearest = word.nearest();
            everyWordKnown &= known;
            if (known) {
                knownWords.put(typed.get(i), Boolean.TRUE);
            }
            // a replacement goes into a tsquery: letters and digits only, like every word typed
            if (!known && nearest != null && WORD.matcher(nearest).matches()) {
                corrected.add(nearest);
                changed = true;
            } else {
                corrected.add(word.word());
            }
        }
        return new Verdict(everyWordKnown, changed ? Optional.of(query.withWords(corrected)) : Optional.empty());
    }
}
