package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * Opaque keyset cursors: the position (publishedAt, id) of the last item served, signed together with the
 * query it belongs to. A garbled, forged or foreign cursor is refused instead of silently paging elsewhere.
 */
@ApplicationScoped
public class CursorCodec {

    private static final byte VERSION = 1;
    private static final int PAYLOAD_LENGTH = 1 + Long.BYTES + Integer.BYTES + Long.BYTES + Double.BYTES;
    private static final int MAC_LENGTH = 12;
    private static final String ALGORITHM = "HmacSHA256";

    private final PortalConfig config;
    private final ServerSecrets secrets;
    private volatile SecretKeySpec key;

    CursorCodec(PortalConfig config, ServerSecrets secrets) {
        this.config = config;
        this.secrets = secrets;
    }

    /** @param score a relevance score ahead of the date in the sort order (search), else 0 */
    public record Position(Instant publishedAt, long id, double score) {
        public Position(Instant publishedAt, long id) {
            this(publishedAt, id, 0);
        }
    }

    /** @param scope what the cursor is valid for: the listing and its filters */
    public String encode(String scope, Position position) {
        ByteBuffer buffer = ByteBuffer.allocate(PAYLOAD_LENGTH + MAC_LENGTH);
        buffer.put(VERSION)
                .putLong(position.publishedAt().getEpochSecond())
                .putInt(position.publishedAt().getNano())
                .putLong(position.id())
                .putDouble(position.score());
        buffer.put(mac(scope, Arrays.copyOf(buffer.array(), PAYLOAD_LENGTH)));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
    }

    public Position decode(String parameter, String scope, String token) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw invalid(parameter);
        }
        if (raw.length != PAYLOAD_LENGTH + MAC_LENGTH || raw[0] != VERSION) {
            throw invalid(parameter);
        }
        byte[] payload = Arrays.copyOf(raw, PAYLOAD_LENGTH);
        byte[] mac = Arrays.copyOfRange(raw, PAYLOAD_LENGTH, raw.length);
        if (!MessageDigest.isEqual(mac, mac(scope, payload))) {
            throw invalid(parameter);
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload, 1, PAYLOAD_LENGTH - 1);
        long seconds = buffer.getLong();
        int nanos = buffer.getInt();
        long id = buffer.getLong();
        double score = buffer.getDouble();
        if (nanos < 0 || nanos > 999_999_999 || !Double.isFinite(score)) {
            throw invalid(parameter);
        }
        return new Position(Instant.ofEpochSecond(seconds, nanos), id, score);
    }

    private static ApiProblemException invalid(String parameter) {
        return ApiProblemException.invalid(parameter,
                "is not a cursor issued for this query; use the nextCursor of a previous page or omit it");
    }

    private byte[] mac(String scope, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key());
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), MAC_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            byte[] material = config.cursorSecret()
                    .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(() -> secrets.getOrCreate("cursor-hmac", 32));
            current = new SecretKeySpec(material, ALGORITHM);
            key = current;
        }
        return current;
    }
}
