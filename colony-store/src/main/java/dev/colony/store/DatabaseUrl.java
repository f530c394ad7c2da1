package dev.colony.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A database named the way users write it: {@code h2} (the default, in the data directory) or
 * {@code postgresql://user:password@host:port/name?options}, turned into a JDBC URL and credentials.
 */
record DatabaseUrl(Dialect dialect, String jdbcUrl, String user, String password, String description) {

    /** Each commit reaches the file before it returns (WRITE_DELAY=0): a killed coordinator loses no acknowledged write. */
    private static final String H2_OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;LOCK_TIMEOUT=10000";

    static DatabaseUrl parse(String url, Path dataDir) {
        if (url == null || url.isBlank() || url.equals("h2")) {
            Path file = dataDir.toAbsolutePath().resolve("db").resolve("colony");
            return new DatabaseUrl(Dialect.H2, "jdbc:h2:file:" + file + H2_OPTIONS, "colony", "", "h2 at " + file + ".mv.db");
        }
        if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
            return postgresql(url);
        }
        throw new IllegalArgumentException("unknown database '" + url + "': use h2 (the default) or postgresql://user:password@host:port/name");
    }

    private static DatabaseUrl postgresql(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("bad database URL: " + e.getMessage());
        }
        if (uri.getHost() == null || uri.getPath() == null || uri.getPath().length() < 2) {
            throw new IllegalArgumentException("bad database URL: postgresql://user:password@host:port/name needs a host and a database name");
        }
        String user = "";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        String hostPort = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + hostPort + uri.getRawPath() + query;
        return new DatabaseUrl(Dialect.POSTGRESQL, jdbc, user, password, "postgresql://" + hostPort + uri.getRawPath());
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }
}
