package dev.colony.gfs;

import dev.colony.store.Database;
import dev.colony.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Blobs as rows of the coordinator's database ({@code gfs_blob}, created when absent), so that
 * coordinators sharing one PostgreSQL share the blobs too. A blob is inserted in one transaction:
 * readers see all of it or nothing. Two writers of the same blob both succeed (the second insert
 * does nothing).
 */
public final class DatabaseBlobStore extends WritingBlobStore {

    /** PostgreSQL's unique_violation and duplicate_table: a concurrent creator won the race. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String DUPLICATE_TABLE = "42P07";

    private final Database db;

    public DatabaseBlobStore(Database db) {
        this.db = db;
        // H2 keeps a BLOB outside the table's pages (a BYTEA would sit whole in one page); PostgreSQL has BYTEA
        String bytesType = db.dialect() == Dialect.H2 ? "BINARY LARGE OBJECT" : "BYTEA";
        db.inTransaction(connection -> createTable(connection,
                "CREATE TABLE IF NOT EXISTS gfs_blob (hash CHAR(64) PRIMARY KEY, data " + bytesType + " NOT NULL)"));
    }

    @Override
    public Optional<byte[]> get(String hash) {
        BlobHashes.require(hash);
        return db.reading(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT data FROM gfs_blob WHERE hash = ?")) {
                select.setString(1, hash);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public boolean exists(String hash) {
        BlobHashes.require(hash);
        return db.reading(connection -> exists(connection, hash));
    }

    @Override
    void write(String hash, byte[] bytes) {
        db.inTransaction(connection -> {
            // the check spares sending the bytes again; ON CONFLICT covers a writer racing past it
            if (!exists(connection, hash)) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO gfs_blob (hash, data) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                    insert.setString(1, hash);
                    insert.setBytes(2, bytes);
                    insert.executeUpdate();
                }
            }
            return null;
        });
    }

    private static boolean exists(Connection connection, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM gfs_blob WHERE hash = ?")) {
            select.setString(1, hash);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static Void createTable(Connection connection, String ddl) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException e) {
            // PostgreSQL's IF NOT EXISTS is not safe against two coordinators starting at once
            if (!UNIQUE_VIOLATION.equals(e.getSQLState()) && !DUPLICATE_TABLE.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(); // the failed statement ended the transaction: commit nothing
        }
        return null;
    }
}
