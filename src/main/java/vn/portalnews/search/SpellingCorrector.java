package vn.portalnews.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.portalnews.site.SiteRef;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "tiem chugn" → "tiem chung": every word that no title of the site contains is replaced by the most similar
 * word that one does (trigram similarity over the site's title vocabulary, see V5__search_vocabulary.sql).
 * The last word may be unfinished, so it only needs to begin a known word.
 */
@ApplicationScoped
public class SpellingCorrector {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");

    private final EntityManager entityManager;

    SpellingCorrector(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Empty when every word is known or none has a similar known word. */
    public Optional<SearchQuery> correct(SiteRef site, SearchQuery query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select w.word,
                               exists (select 1 from search_vocabulary v where v.site_id = :site
                                       and (v.word = w.word or (w.ord = :last and starts_with(v.word, w.word)))) as known,
                               (select v.word from search_vocabulary v where v.site_id = :site and v.word % w.word
                                order by similarity(v.word, w.word) desc, v.word limit 1) as nearest
                        from unnest(cast(:words as text[])) with ordinality as typed(raw, ord),
                             lateral (select lower(immutable_unaccent(typed.raw)) as word, typed.ord) as w
                        order by w.ord""")
                .setParameter("site", site.id())
                .setParameter("last", query.words().size())
                .setParameter("words", query.words().toArray(String[]::new))
                .getResultList();
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (Object[] row : rows) {
            boolean known = (Boolean) row[1];
            String nearest = (String) row[2];
            // a replacement goes into a tsquery: letters and digits only, like every word typed
            if (!known && nearest != null && WORD.matcher(nearest).matches()) {
                corrected.add(nearest);
                changed = true;
            } else {
                corrected.add((String) row[0]);
            }
        }
        return changed ? Optional.of(query.withWords(corrected)) : Optional.empty();
    }
}
