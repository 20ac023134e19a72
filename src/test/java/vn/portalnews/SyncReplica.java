package vn.portalnews;

import io.restassured.path.json.JsonPath;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;

/**
 * An app's offline copy kept by a change-sync route (articles' or documents'): id → one text field of each item,
 * updated by applying what the route says changed and removed.
 */
public final class SyncReplica {

    public final Map<Long, String> items = new HashMap<>();
    public String since;
    private final String path;
    private final String field;

    /** @param path the change route, e.g. /api/v1/sites/x/changes; field the item's property kept */
    public SyncReplica(String path, String field) {
        this.path = path;
        this.field = field;
    }

    /** @return whether the answer said there is more */
    public boolean sync(int limit) {
        var request = given().queryParam("limit", limit);
        if (since != null) {
            request.queryParam("since", since);
        }
        JsonPath page = request.get(path).then().statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("changed")) {
            items.put(((Number) item.get("id")).longValue(), (String) item.get(field));
        }
        for (Number removed : page.<Number>getList("removed")) {
            items.remove(removed.longValue());
        }
        since = page.getString("next");
        return page.getBoolean("more");
    }

    public void syncAll(int limit) {
        while (sync(limit)) {
            // ask again at once, as `more` says
        }
    }

    /**
     * Four writers change each of {@code ids} once with {@code update} (parameters: the new text, whether to
     * unpublish, the id), each holding its transaction open a while after the update, while this replica syncs at
     * the head of the log; returns once all have committed and a last sync ran.
     */
    public void syncWhileWriting(DataSource dataSource, List<Long> ids, String update) throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                Random random = new Random(writer);
                // each item changes once: a skipped change would stay missing, not be covered by a later one
                List<Long> mine = new ArrayList<>();
                for (int i = writer; i < ids.size(); i += 4) {
                    mine.add(ids.get(i));
                }
                Collections.shuffle(mine, random);
                for (int i = 0; i < mine.size(); i++) {
                    // the transaction takes its id with the update, then holds it open a while: transactions that
                    // start later commit first, which is the order a timestamp or a sequence would get wrong
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        try (var statement = connection.prepareStatement(update)) {
                            statement.setString(1, "Bản " + mine.get(i) + " " + writer + "-" + i);
                            statement.setBoolean(2, random.nextInt(5) == 0);
                            statement.setLong(3, mine.get(i));
                            statement.executeUpdate();
                        }
                        try (var pause = connection.prepareStatement("select pg_sleep(?)")) {
                            pause.setDouble(1, random.nextInt(30) / 1000.0);
                            pause.execute();
                        }
                        connection.commit();
                    }
                }
                return null;
            }));
        }
        ExecutorService readers = Executors.newSingleThreadExecutor();
        Future<?> reader = readers.submit(() -> {
            while (writing.get()) {
                sync(500); // at the head of the log, where uncommitted transactions are
            }
            return null;
        });
        try {
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writing.set(false);
            writers.shutdown();
            readers.shutdown();
        }
        reader.get();
        syncAll(3);
    }
}
