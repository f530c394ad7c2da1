package dev.colony.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * The coordinator's SQL database, pooled: embedded H2 or an external PostgreSQL (see
 * {@link DatabaseUrl}). {@link #inTransaction} runs work in one transaction and runs it again when
 * the database reports a serialization failure, a deadlock or a lock timeout, so callers write
 * plain read-modify-write code and lock rows with {@code SELECT … FOR UPDATE}.
 */
public final class Database implements AutoCloseable {

    /** Work done with one connection inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int ATTEMPTS = 20;

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final TransactionGate gate;
    private final String description;

    private Database(HikariDataSource pool, Dialect dialect, String description) {
        this.pool = pool;
        this.dialect = dialect;
        this.description = description;
        this.gate = TransactionGate.forDialect(dialect);
    }

    /**
     * Opens the database {@code url} names ({@code null} or {@code "h2"}: the embedded one under
     * {@code dataDir/db}). Fails with a {@link StoreException} naming the database when it cannot be
     * reached.
     */
    public static Database open(String url, Path dataDir) {
        DatabaseUrl parsed = DatabaseUrl.parse(url, dataDir);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(parsed.jdbcUrl());
        config.setUsername(parsed.user());
        config.setPassword(parsed.password());
        config.setMaximumPoolSize(parsed.dialect() == Dialect.H2 ? 32 : 16);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(10_000);
        config.setPoolName("colony-db");
        try {
            return new Database(new HikariDataSource(config), parsed.dialect(), parsed.description());
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database " + parsed.description() + ": " + rootMessage(e), e);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the database lives, without its password: for messages and logs. */
    public String description() {
        return description;
    }

    public DataSource dataSource() {
        return pool;
    }

    /**
     * Runs {@code work} in a transaction and commits it; rolls back and rethrows what the work threw.
     * A {@link SQLException} other than a transient conflict becomes a {@link StoreException}. On H2
     * changes run one at a time (see {@link TransactionGate}); work may start another change.
     */
    public <T> T inTransaction(Work<T> work) {
        return gate.changing(() -> run(work));
    }

    /**
     * Runs work that only reads, in a transaction: on PostgreSQL the same as {@link #inTransaction};
     * on H2 it may overlap other readings but no change (see {@link TransactionGate}). It may run
     * inside a change, never the other way round.
     */
    public <T> T reading(Work<T> work) {
        return gate.reading(() -> run(work));
    }

    private <T> T run(Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = pool.getConnection()) {
                try {
                    T result = work.run(connection);
                    connection.commit();
                    return result;
                } catch (SQLException | RuntimeException | Error e) {
                    rollbackQuietly(connection, e);
                    throw e;
                }
            } catch (SQLException e) {
                if (!isTransient(e) || attempt == ATTEMPTS) {
                    throw new StoreException("database " + description + ": " + e.getMessage(), e);
                }
                backOff(attempt);
            }
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        // 40001 serialization failure (and H2's deadlock), 40P01 PostgreSQL's deadlock, HYT00 H2's lock timeout
        return "40001".equals(state) || "40P01".equals(state) || "HYT00".equals(state);
    }

    private static void backOff(int attempt) {
        long micros = ThreadLocalRandom.current().nextLong(100, 200L << Math.min(attempt, 10));
        LockSupport.parkNanos(micros * 1_000);
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
