package vn.portalnews.common.sql;

import java.sql.SQLException;

/** Takes one row, read by column name. */
@FunctionalInterface
public interface RowConsumer {

    void accept(Row row) throws SQLException;
}
