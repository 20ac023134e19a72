package vn.portalnews.media;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.portalnews.common.HttpCaching;

import java.util.Optional;

/**
 * The hot path of media delivery: an image, whole, to many readers. Images are small and their names
 * immutable, so they are answered from memory ({@link MediaMemory}) on the event loop (no worker thread, no
 * file opened per request); a miss is read once from storage on a worker. The headers are the resource's
 * ({@link MediaFiles#deliveryHeaders}). Everything else (files for download, byte ranges, HEAD, a large image,
 * a name that is not there, storage trouble) goes on to {@link MediaFileResource}, the documented route.
 */
@ApplicationScoped
class MediaFastPath {

    void register(@Observes Router router, MediaStorage storage, MediaMemory memory) {
        router.get(MediaNames.URL_PREFIX + ":name").order(-50).handler(ctx -> {
            String name = ctx.pathParam("name");
            Optional<String> type = MediaNames.parse(name).flatMap(MediaFiles::contentType).filter(t -> t.startsWith("image/"));
            if (type.isEmpty() || ctx.request().getHeader("Range") != null) {
                ctx.next();
                return;
            }
            String etag = MediaFiles.etag(name).orElseThrow();
            String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
            if (ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, etag)) {
                ctx.response().setStatusCode(304).putHeader(HttpHeaders.ETAG, etag)
                        .putHeader(HttpHeaders.CACHE_CONTROL, MediaFiles.IMMUTABLE).end();
                return;
            }
            Buffer cached = memory.get(name);
            if (cached != null) {
                send(ctx, type.get(), etag, cached);
                return;
            }
            ctx.vertx().<Optional<byte[]>>executeBlocking(() -> storage.readSmall(MediaNames.storageKey(name), memory.maxObjectBytes()), false)
                    .onComplete(read -> {
                        if (read.failed() || read.result().isEmpty()) {
                            ctx.next(); // missing, large or unreadable: the resource answers (404, the file, 503)
                            return;
                        }
                        Buffer bytes = Buffer.buffer(read.result().get());
                        memory.put(name, bytes);
                        send(ctx, type.get(), etag, bytes);
                    });
        });
    }

    private static void send(RoutingContext ctx, String type, String etag, Buffer bytes) {
        MediaFiles.deliveryHeaders(ctx.response().headers(), type, etag, "inline");
        ctx.response().end(bytes);
    }
}
