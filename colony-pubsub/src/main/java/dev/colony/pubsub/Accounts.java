package dev.colony.pubsub;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded broker's credentials: the cluster credential and one per program, granted and
 * revoked while the broker runs (the coordinator issues a program's credential when it deploys it).
 * Only password digests are kept, compared in constant time. Thread-safe.
 */
public final class Accounts {

    private record Account(byte[] passwordDigest, Role role) {
    }

    private final Map<String, Account> accounts = new ConcurrentHashMap<>();

    public void grant(Credentials credentials, Role role) {
        accounts.put(credentials.username(), new Account(digest(credentials.password()), role));
    }

    /** Later connections with this username are refused; live ones keep their session until they drop. */
    public void revoke(String username) {
        accounts.remove(username);
    }

    /** The role of a valid username and password, empty when either is wrong. */
    public Optional<Role> authenticate(String username, byte[] password) {
        Account account = username == null ? null : accounts.get(username);
        byte[] given = digest(password == null ? new byte[0] : password);
        if (account == null || !MessageDigest.isEqual(account.passwordDigest(), given)) {
            return Optional.empty();
        }
        return Optional.of(account.role());
    }

    private static byte[] digest(String password) {
        return digest(password.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] digest(byte[] password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
