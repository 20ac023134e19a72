package vn.portalnews.stats;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.portalnews.TestContent;
import vn.portalnews.TestContent.TestSite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Housekeeping that every instance schedules runs on one of them at a time. */
@QuarkusTest
class StatsMaintenanceTest {

    @Inject
    TestContent content;
    @Inject
    StatsMaintenance maintenance;
    @Inject
    AgroalDataSource dataSource;

    private long sessions(TestSite site) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select count(*) from visitor_sessions where site_id = " + site.id())) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void shouldLeaveTheDeletionToTheInstanceHoldingItsLock() throws Exception {
        TestSite site = content.site("maintenance");
        content.execute("insert into visitor_sessions (site_id, visitor, visit_started, last_seen) values (?, ?, now() - interval '3 days', now() - interval '3 days')",
                site.id(), UUID.randomUUID());
        Instant cutoff = Instant.now().minusSeconds(86_400);
        try (Connection other = dataSource.getConnection(); Statement statement = other.createStatement()) {
            statement.execute("select pg_advisory_lock(" + StatsMaintenance.DELETION_LOCK + ")"); // another instance at work
            maintenance.deleteExpired(Map.of(), cutoff, cutoff);
            assertEquals(1, sessions(site), "deleted while another instance held the lock");
            statement.execute("select pg_advisory_unlock(" + StatsMaintenance.DELETION_LOCK + ")");
        }
        maintenance.deleteExpired(Map.of(), cutoff, cutoff);
        assertEquals(0, sessions(site));
    }
}
