package vn.portalnews.common;

import jakarta.enterprise.context.ApplicationScoped;
import vn.portalnews.common.sql.NativeSql;
import jakarta.transaction.Transactional;

import java.security.SecureRandom;
import java.util.function.Supplier;

/**
 * Secrets that every instance of the service must share (cursor signing, token signing). Generated once
 * and kept in the database, so no secret is ever committed and a second instance agrees with the first.
 */
@ApplicationScoped
public class ServerSecrets {

    private final NativeSql sql;

    ServerSecrets(NativeSql sql) {
        this.sql = sql;
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
        sql.query("insert into server_secrets (name, secret) values (:name, :secret) on conflict (name) do nothing")
                .bind("name", name).bind("secret", candidate)
                .update();
        return sql.query("select secret from server_secrets where name = :name")
                .bind("name", name)
                .single(row -> row.bytes("secret"));
    }
}
