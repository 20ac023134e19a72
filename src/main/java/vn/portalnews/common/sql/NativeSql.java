package vn.portalnews.common.sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.postgresql.PGStatement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way features run hand-written SQL: named parameters ({@code :name}), always bound, never spliced;
 * rows mapped by column name ({@link Row}); on the connection and transaction of the request's Hibernate
 * session, so reads see the request's own writes.
 *
 * <p>The connection default plans every statement for its values ({@code prepareThreshold=0} in
 * application.properties), which most statements need: their best plan depends on how common the words are.
 * A statement whose plan is fixed by its own shape (a newest-first scan with a LIMIT, an index step inside a
 * materialized CTE, ids joined by primary key) pays that planning for nothing, and planning was a third of its
 * cost (pgbench -c1 on the 100k corpus: the suggest title step 1.02 ms, 0.70 ms prepared; search scoring
 * 1.61 ms, 1.09 ms): {@link Query#plannedOnce()} asks for a server-side statement planned once per connection.
 * A reused plan is generic: a function of a parameter is no longer folded into a constant, so such statements
 * compute those values once in a scalar subquery ({@code (select to_tsquery(...))}), not per row.
 */
@ApplicationScoped
public class NativeSql {

    private final EntityManager entityManager;
    private final ReadReplica replica;
    /** Keyed by the statement's text: a few templates and their filter combinations, so this stays small. */
    private final Map<String, NamedSql> parsed = new ConcurrentHashMap<>();

    NativeSql(EntityManager entityManager, ReadReplica replica) {
        this.entityManager = entityManager;
        this.replica = replica;
    }

    public Query query(String sql) {
        return new Query(parsed.computeIfAbsent(sql, NamedSql::parse));
    }

    public final class Query {

        private final NamedSql sql;
        private final Map<String, Object> values = new HashMap<>();
        private boolean plannedOnce;

        private Query(NamedSql sql) {
            this.sql = sql;
        }

        public Query bind(String name, Object value) {
            values.put(name, value);
            return this;
        }

        public Query bindAll(Map<String, ?> named) {
            values.putAll(named);
            return this;
        }

        /** Plan once per connection; only for statements whose best plan does not depend on the values. */
        public Query plannedOnce() {
            plannedOnce = true;
            return this;
        }

        public <T> List<T> list(RowMapper<T> mapper) {
            List<T> rows = new ArrayList<>();
            forEach(row -> rows.add(mapper.map(row)));
            return rows;
        }

        /** Hands each row to {@code consumer}, for results gathered into a map or another shape than a list. */
        public void forEach(RowConsumer consumer) {
            boolean[] handedOut = {false};
            work(connection -> {
                try (PreparedStatement statement = prepare(connection); ResultSet result = statement.executeQuery()) {
                    Row row = new Row(result);
                    while (result.next()) {
                        handedOut[0] = true;
                        consumer.accept(row);
                    }
                    return null;
                }
            }, () -> !handedOut[0]);
        }

        /** The first row's value; empty when there is no row or the value is null. */
        public <T> Optional<T> first(RowMapper<T> mapper) {
            List<T> rows = list(mapper);
            return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
        }

        /** For statements that always return one row (aggregates). */
        public <T> T single(RowMapper<T> mapper) {
            return first(mapper).orElseThrow(() -> new IllegalStateException("no row from " + sql.jdbcSql()));
        }

        /** @return the number of rows written */
        public int update() {
            return work(connection -> {
                try (PreparedStatement statement = prepare(connection)) {
                    return statement.executeUpdate();
                }
            }, () -> true);
        }

        private PreparedStatement prepare(Connection connection) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql.jdbcSql());
            try {
                if (plannedOnce) {
                    statement.unwrap(PGStatement.class).setPrepareThreshold(1);
                }
                for (int i = 0; i < sql.parameters().size(); i++) {
                    String name = sql.parameters().get(i);
                    if (!values.containsKey(name)) {
                        throw new IllegalArgumentException("no value for :" + name);
                    }
                    bindValue(connection, statement, i + 1, values.get(name));
                }
                return statement;
            } catch (SQLException | RuntimeException e) {
                statement.close();
                throw e;
            }
        }
    }

    /**
     * On the request's session, or on the read replica for a public read outside a transaction.
     *
     * @param repeatable whether a statement that failed on the replica may run again on the primary (not once
     *                   rows were handed out: they would be handed out twice)
     */
    private <T> T work(org.hibernate.jdbc.ReturningWork<T> work, java.util.function.BooleanSupplier repeatable) {
        Session session = entityManager.unwrap(Session.class);
        if (session.isJoinedToTransaction()) {
            session.flush(); // as Hibernate's own native queries do: the SQL must see pending entity changes
            return session.doReturningWork(work);
        }
        Optional<Connection> onReplica = replica.connectionForPublicRead();
        if (onReplica.isEmpty()) {
            return session.doReturningWork(work);
        }
        try (Connection connection = onReplica.get()) {
            return work.execute(connection);
        } catch (SQLException e) {
            // a replica gone away (or any statement it cannot run) is passed over: the primary answers
            replica.failed(e);
            if (!repeatable.getAsBoolean()) {
                throw new IllegalStateException("Read replica failed in the middle of a result: " + e.getMessage(), e);
            }
            return session.doReturningWork(work);
        }
    }

    private static void bindValue(Connection connection, PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        } else if (value instanceof Long[] longs) {
            statement.setArray(index, connection.createArrayOf("bigint", longs));
        } else if (value instanceof Integer[] integers) {
            statement.setArray(index, connection.createArrayOf("integer", integers));
        } else if (value instanceof String[] strings) {
            statement.setArray(index, connection.createArrayOf("text", strings));
        } else if (value instanceof UUID[] uuids) {
            statement.setArray(index, connection.createArrayOf("uuid", uuids));
        } else {
            statement.setObject(index, value);
        }
    }
}
