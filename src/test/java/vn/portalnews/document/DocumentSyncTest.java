package vn.portalnews.document;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.SyncReplica;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Documents' change sync under concurrent editors: nothing committed while an app syncs is skipped. */
@QuarkusTest
class DocumentSyncTest {

    @Inject
    TestContent content;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldNeverSkipAChangeCommittedWhileASyncRuns() throws Exception {
        TestSite site = content.site("van-ban-dong-bo");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(content.document(site, (i + 1) + "/KH-UBND"));
        }
        SyncReplica app = new SyncReplica("/api/v1/sites/" + site.slug() + "/documents/changes", "summary");
        app.syncAll(7);
        assertEquals(published(site), app.items, "the initial sync");
        app.syncWhileWriting(dataSource, ids, """
                update documents set summary = ?, updated_at = now(),
                       status = case when ? then 'DRAFT' else 'PUBLISHED' end where id = ?""");
        assertEquals(published(site), app.items, "the app's copy equals the public side after all writers committed");
    }

    private Map<Long, String> published(TestSite site) throws Exception {
        Map<Long, String> documents = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("select id, summary from documents where site_id = ? and status = 'PUBLISHED'")) {
            statement.setLong(1, site.id());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    documents.put(rows.getLong("id"), rows.getString("summary"));
                }
            }
        }
        return documents;
    }
}
