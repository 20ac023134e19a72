package vn.portalnews.stats;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One random salt per site and local day, shared by all instances through the database so that they agree
 * on who a visitor is. At local midnight the salt changes, and yesterday's visitors can no longer be
 * recognized, by anyone; salts older than yesterday are deleted.
 */
@ApplicationScoped
public class VisitorSalts {

    private record Key(long siteId, LocalDate day) {
    }

    private final AgroalDataSource dataSource;
    private final Map<Key, byte[]> salts = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    VisitorSalts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The flusher prepares today's and tomorrow's salts, so a hit finds them in memory. */
    public byte[] saltFor(long siteId, LocalDate day) {
        return salts.computeIfAbsent(new Key(siteId, day), key -> load(key.siteId(), key.day()));
    }

    public void prepare(long siteId, LocalDate today) {
        saltFor(siteId, today);
        saltFor(siteId, today.plusDays(1));
        salts.keySet().removeIf(key -> key.siteId() == siteId && key.day().isBefore(today.minusDays(1)));
    }

    public void deleteBefore(Connection connection, long siteId, LocalDate day) throws SQLException {
        try (var statement = connection.prepareStatement("delete from visitor_salts where site_id = ? and day < ?")) {
            statement.setLong(1, siteId);
            statement.setDate(2, Date.valueOf(day));
            statement.executeUpdate();
        }
    }

    private byte[] load(long siteId, LocalDate day) {
        byte[] candidate = new byte[32];
        random.nextBytes(candidate);
        try (Connection connection = dataSource.getConnection();
             var insert = connection.prepareStatement(
                     "insert into visitor_salts (site_id, day, salt) values (?, ?, ?) on conflict do nothing");
             var select = connection.prepareStatement("select salt from visitor_salts where site_id = ? and day = ?")) {
            insert.setLong(1, siteId);
            insert.setDate(2, Date.valueOf(day));
            insert.setBytes(3, candidate);
            insert.executeUpdate();
            select.setLong(1, siteId);
            select.setDate(2, Date.valueOf(day));
            try (var result = select.executeQuery()) {
                result.next();
                return result.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the visitor salt", e);
        }
    }
}
