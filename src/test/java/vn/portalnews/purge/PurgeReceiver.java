package vn.portalnews.purge;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A CDN's purge endpoint on this machine: records what it is asked, and fails on request. */
final class PurgeReceiver implements AutoCloseable {

    record Purge(String method, String keys, String authorization) {
    }

    static final int PORT = 47391;

    private final HttpServer server;
    final List<Purge> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToGive = new AtomicInteger();

    PurgeReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.createContext("/purge", exchange -> {
            exchange.getRequestBody().readAllBytes();
            int status = failuresToGive.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : 200;
            if (status == 200) {
                received.add(new Purge(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Surrogate-Key"),
                        exchange.getRequestHeaders().getFirst("Authorization")));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** Every tag received, one entry per time it was received. */
    List<String> tags() {
        return received.stream().flatMap(purge -> List.of(purge.keys().split(" ")).stream()).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
