package vn.portalnews.common.sql;

import java.sql.SQLException;

/** Maps one row, by column name, into the record a feature speaks. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(Row row) throws SQLException;
}
