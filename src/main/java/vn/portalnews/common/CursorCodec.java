package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque keyset cursors: the position (score, instant, id) of the last item served, signed together with the
 * query it belongs to. A garbled, forged or foreign cursor is refused instead of silently paging elsewhere.
 */
@ApplicationScoped
public class CursorCodec {

    private static final byte VERSION = 2;
    private static final int PAYLOAD_LENGTH = 1 + 1 + Long.BYTES + Integer.BYTES + Long.BYTES + Double.BYTES;
    private static final int MAC_LENGTH = 12;
    private static final String ALGORITHM = "HmacSHA256";

    /** The HMAC key; unset: one is generated and kept in the database, shared by every instance. */
    private final Optional<String> configuredSecret;
    private final ServerSecrets secrets;
    private volatile SecretKeySpec key;

    // A single key of its own (PORTAL_CURSOR_SECRET): a mapping rooted at "portal" would claim every portal.* key.
    CursorCodec(@ConfigProperty(name = "portal.cursor-secret") Optional<String> configuredSecret, ServerSecrets secrets) {
        this.configuredSecret = configuredSecret;
        this.secrets = secrets;
    }

    /**
     * Where the last item served stands in its listing's order: {@code (score, at, id)}, compared as a row.
     *
     * @param at    the instant the listing is ordered by (publication, creation), null where it orders by id alone
     * @param score a relevance score ahead of the instant in the sort order (search), else 0
     */
    public record Position(Instant at, long id, double score) {
        public Position(Instant at, long id) {
            this(at, id, 0);
        }

        public static Position ofId(long id) {
            return new Position(null, id, 0);
        }
    }

    /** @param scope what the cursor is valid for: the listing and its filters */
    public String encode(String scope, Position position) {
        ByteBuffer buffer = ByteBuffer.allocate(PAYLOAD_LENGTH + MAC_LENGTH);
        Instant at = position.at();
        buffer.put(VERSION)
                .put((byte) (at == null ? 0 : 1))
                .putLong(at == null ? 0 : at.getEpochSecond())
                .putInt(at == null ? 0 : at.getNano())
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
        byte hasInstant = buffer.get();
        long seconds = buffer.getLong();
        int nanos = buffer.getInt();
        long id = buffer.getLong();
        double score = buffer.getDouble();
        if (hasInstant < 0 || hasInstant > 1 || nanos < 0 || nanos > 999_999_999 || !Double.isFinite(score)
                || seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
            throw invalid(parameter);
        }
        return new Position(hasInstant == 1 ? Instant.ofEpochSecond(seconds, nanos) : null, id, score);
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
            byte[] material = configuredSecret
                    .map(secret -> secret.getBytes(StandardCharsets.UTF_8))
                    .orElseGet(() -> secrets.getOrCreate("cursor-hmac", 32));
            current = new SecretKeySpec(material, ALGORITHM);
            key = current;
        }
        return current;
    }
}
