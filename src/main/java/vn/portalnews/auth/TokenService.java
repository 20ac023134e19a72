package vn.portalnews.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;
import vn.portalnews.common.ServerSecrets;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Signs and verifies access tokens: RS256 JWTs. Only RS256 under our own key verifies, so tokens with
 * {@code alg:none}, an HMAC trick or a foreign key are refused; expiry is judged by the service's clock.
 */
@ApplicationScoped
public class TokenService {

    public record IssuedToken(String token, long expiresInSeconds) {
    }

    /** What a verified token says; whether the user still accepts it is decided against the database. */
    public record VerifiedToken(long userId, int generation) {
    }

    private static final String SIGNING_KEY_SECRET = "token-signing-key";
    private static final String GENERATION_CLAIM = "gen";

    private final Clock clock;
    private final Duration ttl;
    private final String issuer;
    private final PrivateKey signingKey;
    private final PublicKey verificationKey;

    TokenService(AuthConfig config, ServerSecrets secrets, Clock clock) {
        this.clock = clock;
        this.ttl = config.tokenTtl();
        this.issuer = config.issuer();
        this.signingKey = loadSigningKey(config.signingKey(), secrets);
        this.verificationKey = publicKeyOf(signingKey);
    }

    public IssuedToken issue(UserAccount user) {
        return issueAt(user.id, user.username, user.tokenGeneration, clock.instant());
    }

    IssuedToken issueAt(long userId, String username, int generation, Instant issuedAt) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(Long.toString(userId));
        claims.setClaim("upn", username);
        claims.setClaim(GENERATION_CLAIM, generation);
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(issuedAt.plus(ttl).toEpochMilli()));
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(signingKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new IssuedToken(jws.getCompactSerialization(), ttl.toSeconds());
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a token", e);
        }
    }

    /** Empty when the token is malformed, tampered with, foreign, not RS256, expired or not ours. */
    public Optional<VerifiedToken> verify(String token) {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKey(verificationKey)
                .setExpectedIssuer(issuer)
                .setRequireSubject()
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setEvaluationTime(NumericDate.fromMilliseconds(clock.millis()))
                .setAllowedClockSkewInSeconds(0)
                .setJwsProviderContext(new ProviderContext())
                .build();
        try {
            JwtClaims claims = consumer.processToClaims(token);
            Object generation = claims.getClaimValue(GENERATION_CLAIM);
            if (!(generation instanceof Number number)) {
                return Optional.empty();
            }
            return Optional.of(new VerifiedToken(Long.parseLong(claims.getSubject()), number.intValue()));
        } catch (InvalidJwtException | MalformedClaimException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static PrivateKey loadSigningKey(Optional<String> configuredPem, ServerSecrets secrets) {
        byte[] pkcs8 = configuredPem.map(TokenService::decodePem)
                .orElseGet(() -> secrets.getOrCreate(SIGNING_KEY_SECRET, TokenService::generateKey));
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("portal.auth.signing-key is not a PKCS#8 RSA private key", e);
        }
    }

    private static byte[] generateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return pair.getPrivate().getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not generate a signing key", e);
        }
    }

    private static PublicKey publicKeyOf(PrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException("The signing key must be an RSA key with its CRT parameters");
        }
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not derive the verification key", e);
        }
    }

    private static byte[] decodePem(String pem) {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s+", "");
        return Base64.getDecoder().decode(base64);
    }
}
