package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Secrets that every instance of the service must share (cursor signing, token signing). Generated once
 * and kept in the database, so no secret is ever committed and a second instance agrees with the first.
 */
@ApplicationScoped
public class ServerSecrets {

    private final EntityManager entityManager;

    ServerSecrets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public byte[] getOrCreate(String name, int length) {
        return getOrCreate(name, () -> {
            byte[] random = new byte[length];
            new SecureRandom().nextBytes(random);
            return random;
        });
    }

    /** The first instance to ask stores its candidate; every later call, on any instance, gets that one. */
    @Transactional
    public byte[] getOrCreate(String name, Supplier<byte[]> generator) {
        byte[] candidate = generator.get();
        entityManager.createNativeQuery(
                        "insert into server_secrets (name, secret) values (:name, :secret) on conflict (name) do nothing")
                .setParameter("name", name)
                .setParameter("secret", candidate)
                .executeUpdate();
        return (byte[]) entityManager.createNativeQuery("select secret from server_secrets where name = :name")
                .setParameter("name", name)
                .getSingleResult();
    }
}
