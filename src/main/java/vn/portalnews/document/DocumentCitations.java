package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.TextReferences;
import vn.portalnews.common.sql.NativeSql;

import java.util.List;

/**
 * The references to documents in an article's text, kept by number so that they link to a document whenever the
 * site publishes one of that number, before or after the article. Articles call this when their text is saved;
 * their pages read the links with {@code article_documents_json} (V16).
 */
@ApplicationScoped
public class DocumentCitations implements TextReferences {

    /** References kept per article; a text citing more is a list of laws, not news. */
    static final int MAX_PER_ARTICLE = 100;

    private final NativeSql sql;

    DocumentCitations(NativeSql sql) {
        this.sql = sql;
    }

    /** Replaces the article's references with those in {@code plainText}. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long articleId, String plainText) {
        sql.query("delete from article_citations where article_id = :article").bind("article", articleId).update();
        List<DocumentNumbers.Citation> citations = DocumentNumbers.citations(plainText);
        int count = Math.min(citations.size(), MAX_PER_ARTICLE);
        if (count == 0) {
            return;
        }
        Integer[] positions = new Integer[count];
        String[] keys = new String[count];
        Integer[] years = new Integer[count];
        String[] references = new String[count];
        for (int i = 0; i < count; i++) {
            DocumentNumbers.Citation citation = citations.get(i);
            positions[i] = i;
            keys[i] = citation.numberKey();
            years[i] = citation.year();
            references[i] = citation.reference().length() > 300 ? citation.reference().substring(0, 300) : citation.reference();
        }
        sql.query("""
                        insert into article_citations (article_id, position, number_key, year, reference)
                        select :article, p, k, y, r from unnest(:positions, :keys, :years, :references) as t(p, k, y, r)""")
                .bind("article", articleId).bind("positions", positions).bind("keys", keys).bind("years", years)
                .bind("references", references).update();
    }
}
