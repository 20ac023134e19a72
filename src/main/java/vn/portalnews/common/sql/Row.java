package vn.portalnews.common.sql;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/** One result row, read by column name: a renamed or reordered column fails at the name, not at a position. */
public final class Row {

    private final ResultSet result;

    Row(ResultSet result) {
        this.result = result;
    }

    public String string(String column) throws SQLException {
        return result.getString(column);
    }

    public long longValue(String column) throws SQLException {
        return result.getLong(column);
    }

    public int intValue(String column) throws SQLException {
        return result.getInt(column);
    }

    /** A nullable integer column: null stays null. */
    public Integer integer(String column) throws SQLException {
        int value = result.getInt(column);
        return result.wasNull() ? null : value;
    }

    /** A nullable bigint column: null stays null. */
    public Long longOrNull(String column) throws SQLException {
        long value = result.getLong(column);
        return result.wasNull() ? null : value;
    }

    public double doubleValue(String column) throws SQLException {
        return result.getDouble(column);
    }

    public byte[] bytes(String column) throws SQLException {
        return result.getBytes(column);
    }

    public boolean bool(String column) throws SQLException {
        return result.getBoolean(column);
    }

    public UUID uuid(String column) throws SQLException {
        return result.getObject(column, UUID.class);
    }

    /** A timestamptz; null stays null. */
    public Instant instant(String column) throws SQLException {
        OffsetDateTime value = result.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public LocalDate date(String column) throws SQLException {
        return result.getObject(column, LocalDate.class);
    }

    /** A bigint[]; null reads as empty. */
    public Long[] longs(String column) throws SQLException {
        Array array = result.getArray(column);
        if (array == null) {
            return new Long[0];
        }
        return Arrays.stream((Object[]) array.getArray()).map(id -> ((Number) id).longValue()).toArray(Long[]::new);
    }

    /** A text[]; null reads as empty. */
    public String[] strings(String column) throws SQLException {
        Array array = result.getArray(column);
        if (array == null) {
            return new String[0];
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toArray(String[]::new);
    }
}
