package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.CursorCodec;
import vn.portalnews.common.CursorCodec.Position;
import vn.portalnews.site.SiteRef;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Change sync of documents for apps, by the rule of the articles' sync (V13, V17): the log in commit order,
 * only transactions older than every running one, so a document saved while an app syncs is never skipped.
 * Documents have no scheduled publication, so the log alone says everything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentSyncService {

    private final DocumentQueries queries;
    private final CursorCodec tokens;
    private final DocumentService documents;

    DocumentSyncService(DocumentQueries queries, CursorCodec tokens, DocumentService documents) {
        this.queries = queries;
        this.tokens = tokens;
        this.documents = documents;
    }

    public DocumentChangePage changes(SiteRef site, String since, int limit) {
        String scope = "document-changes|" + site.id();
        Position from = since == null ? null : tokens.decode("since", scope, since);
        long xid = from == null ? 0 : from.id();
        long seq = from == null ? 0 : (long) from.score();
        List<DocumentQueries.Change> log = queries.changesAfter(site.id(), xid, seq, limit + 1);
        boolean more = log.size() > limit;
        List<DocumentQueries.Change> page = more ? log.subList(0, limit) : log;
        Set<Long> touched = new LinkedHashSet<>();
        page.forEach(change -> touched.add(change.documentId()));
        Map<Long, DocumentSummary> changed = new LinkedHashMap<>();
        if (!touched.isEmpty()) {
            java.time.LocalDate today = documents.today(site);
            queries.publishedOf(site.id(), touched).forEach(row -> changed.put(row.id(), DocumentService.summary(row, today)));
        }
        List<Long> removed = new ArrayList<>(touched.stream().filter(id -> !changed.containsKey(id)).toList());
        DocumentQueries.Change last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = tokens.encode(scope, new Position(null, last == null ? xid : last.xid(), last == null ? seq : last.seq()));
        return new DocumentChangePage(List.copyOf(changed.values()), removed, next, more);
    }
}
