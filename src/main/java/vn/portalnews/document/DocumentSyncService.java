package vn.portalnews.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.portalnews.common.sql.ChangeLogs;
import vn.portalnews.site.SiteRef;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Change sync of documents for apps, read from V17's log by the rule every change log follows ({@link ChangeLogs}).
 * Documents have no scheduled publication, so the log alone says everything.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentSyncService {

    /** The log V17's triggers write. */
    private static final ChangeLogs.Log LOG = new ChangeLogs.Log("document_changes", "document_id", "document-changes");

    private final DocumentQueries queries;
    private final ChangeLogs logs;
    private final DocumentService documents;
    private final Clock clock;

    DocumentSyncService(DocumentQueries queries, ChangeLogs logs, DocumentService documents, Clock clock) {
        this.queries = queries;
        this.logs = logs;
        this.documents = documents;
        this.clock = clock;
    }

    public DocumentChangePage changes(SiteRef site, String since, int limit) {
        ChangeLogs.Page page = logs.read(LOG, site.id(), since, limit, clock.instant());
        Map<Long, DocumentSummary> changed = new LinkedHashMap<>();
        if (!page.touched().isEmpty()) {
            LocalDate today = documents.today(site);
            queries.publishedOf(site.id(), page.touched())
                    .forEach(row -> changed.put(row.id(), DocumentService.summary(row, today)));
        }
        List<Long> removed = page.touched().stream().filter(id -> !changed.containsKey(id)).toList();
        return new DocumentChangePage(List.copyOf(changed.values()), removed, page.next(), page.more());
    }
}
