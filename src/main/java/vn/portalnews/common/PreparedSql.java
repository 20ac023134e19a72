package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGStatement;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native SQL that PostgreSQL plans once per connection. The connection default plans every statement for its
 * values ({@code prepareThreshold=0} in application.properties), which most statements need: their best plan
 * depends on how common the words are. A statement whose plan is fixed by its own shape (a newest-first scan
 * with a LIMIT, an index step inside a materialized CTE, ids joined by primary key) pays that planning for
 * nothing, and planning was a third of its cost (pgbench -c1 on the 100k corpus: the suggest title step
 * 1.02 ms, 0.70 ms prepared; search scoring 1.61 ms, 1.09 ms). Hibernate's native queries cannot ask for a
 * server-side statement, hence plain JDBC on the same connection and transaction.
 *
 * <p>A reused plan is generic: a function of a parameter is no longer folded into a constant when planned, so
 * callers compute such values once in a scalar subquery ({@code (select to_tsquery(...))}), not per row.
 *
 * <p>Parameters are named as in JPA ({@code :name}); values are bound, never spliced.
 */
@ApplicationScoped
public class PreparedSql {

    /** A quoted literal, left as it is, or a parameter outside one (not a {@code ::} cast). */
    private static final Pattern LITERAL_OR_PARAMETER = Pattern.compile("'(?:[^']|'')*'|(?<![:\\w]):([a-zA-Z]\\w*)");

    private final EntityManager entityManager;
    /** The statements are a few templates, so this stays small. */
    private final Map<String, Statement> statements = new ConcurrentHashMap<>();

    PreparedSql(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    private record Statement(String jdbcSql, List<String> parameters) {
    }

    /** The rows of {@code sql}, each column as the driver returns it, arrays as Java arrays. */
    public List<Object[]> rows(String sql, Map<String, Object> parameters) {
        Statement statement = statements.computeIfAbsent(sql, PreparedSql::parse);
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement prepared = connection.prepareStatement(statement.jdbcSql())) {
                prepared.unwrap(PGStatement.class).setPrepareThreshold(1);
                for (int i = 0; i < statement.parameters().size(); i++) {
                    String name = statement.parameters().get(i);
                    if (!parameters.containsKey(name)) {
                        throw new IllegalArgumentException("no value for :" + name);
                    }
                    bind(connection, prepared, i + 1, parameters.get(name));
                }
                try (ResultSet result = prepared.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    List<Object[]> rows = new ArrayList<>();
                    while (result.next()) {
                        Object[] row = new Object[columns];
                        for (int column = 0; column < columns; column++) {
                            Object value = result.getObject(column + 1);
                            row[column] = value instanceof Array array ? array.getArray() : value;
                        }
                        rows.add(row);
                    }
                    return rows;
                }
            }
        });
    }

    private static Statement parse(String sql) {
        List<String> parameters = new ArrayList<>();
        StringBuilder jdbcSql = new StringBuilder(sql.length());
        Matcher matcher = LITERAL_OR_PARAMETER.matcher(sql);
        while (matcher.find()) {
            String parameter = matcher.group(1);
            if (parameter != null) {
                parameters.add(parameter);
            }
            matcher.appendReplacement(jdbcSql, Matcher.quoteReplacement(parameter == null ? matcher.group() : "?"));
        }
        matcher.appendTail(jdbcSql);
        return new Statement(jdbcSql.toString(), List.copyOf(parameters));
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Long[] longs) {
            statement.setArray(index, connection.createArrayOf("bigint", longs));
        } else if (value instanceof String[] strings) {
            statement.setArray(index, connection.createArrayOf("text", strings));
        } else {
            statement.setObject(index, value);
        }
    }
}
