package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;

/**
 * Secrets that every instance of the service must share (cursor signing, later token keys). Generated once
 * and kept in the database, so no secret is ever committed and a second instance agrees with the first.
 */
@ApplicationScoped
public class ServerSecrets {

    private final EntityManager entityManager;

    ServerSecrets(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public byte[] getOrCreate(String name, int length) {
        byte[] candidate = new byte[length];
        new SecureRandom().nextBytes(candidate);
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
