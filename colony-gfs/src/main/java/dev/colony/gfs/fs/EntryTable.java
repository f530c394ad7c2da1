package dev.colony.gfs.fs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL on gfs_entry. {@code lock} selects take the row lock ({@code FOR UPDATE}) until the transaction ends. */
final class EntryTable {

    /** The SQL state {@code Database.inTransaction} runs a transaction again for. */
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String COLUMNS = "id, parent, name, kind, size, version, mtime, ctime";

    private EntryTable() {
    }

    static Optional<Entry> child(Connection c, long parent, String name, boolean lock) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM gfs_entry WHERE parent = ? AND name = ?" + (lock ? " FOR UPDATE" : ""),
                parent, name);
    }

    static Optional<Entry> byId(Connection c, long id, boolean lock) throws SQLException {
        return one(c, "SELECT " + COLUMNS + " FROM gfs_entry WHERE id = ?" + (lock ? " FOR UPDATE" : ""), id);
    }

    static List<Entry> children(Connection c, long parent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM gfs_entry WHERE parent = ?")) {
            s.setLong(1, parent);
            try (ResultSet r = s.executeQuery()) {
                List<Entry> entries = new ArrayList<>();
                while (r.next()) {
                    entries.add(entry(r));
                }
                return entries;
            }
        }
    }

    static boolean hasChildren(Connection c, long parent) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM gfs_entry WHERE parent = ? FETCH FIRST 1 ROWS ONLY")) {
            s.setLong(1, parent);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    /** A new id or version: one sequence for both, so a version is never reused, even at a recreated path. */
    static long next(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT nextval('gfs_seq')"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    static Entry insert(Connection c, long parent, String name, FileKind kind, long size, long now) throws SQLException {
        long id = next(c);
        Entry entry = new Entry(id, parent, name, kind, size, next(c), now, now);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gfs_entry (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, entry.id());
            s.setLong(2, parent);
            s.setString(3, name);
            s.setString(4, code(kind));
            s.setLong(5, size);
            s.setLong(6, entry.version());
            s.setLong(7, now);
            s.setLong(8, now);
            s.executeUpdate();
        } catch (SQLException e) {
            // a concurrent create the stale read of a locked parent missed: run again and see it
            throw UNIQUE_VIOLATION.equals(e.getSQLState()) ? new SQLException(e.getMessage(), SERIALIZATION_FAILURE, e) : e;
        }
        return entry;
    }

    /**
     * Writes {@code entry} over the row read as {@code read}, only if the row is still at that version.
     * The row is locked, so it is; but a database that hands back a stale row after waiting for its
     * lock (H2 has been seen to) would otherwise let two read-modify-writes both succeed. Then the
     * transaction fails as a serialization conflict and runs again on fresh rows.
     */
    static void update(Connection c, Entry read, Entry entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE gfs_entry SET parent = ?, name = ?, size = ?, version = ?, mtime = ?, ctime = ? WHERE id = ? AND version = ?")) {
            if (entry.id() == FsSchema.ROOT_ID) {
                s.setNull(1, Types.BIGINT); // the root has no parent: 0 would make it its own child
            } else {
                s.setLong(1, entry.parent());
            }
            s.setString(2, entry.name());
            s.setLong(3, entry.size());
            s.setLong(4, entry.version());
            s.setLong(5, entry.mtime());
            s.setLong(6, entry.ctime());
            s.setLong(7, entry.id());
            s.setLong(8, read.version());
            if (s.executeUpdate() != 1) {
                throw new SQLException("entry " + entry.id() + " changed after it was read", SERIALIZATION_FAILURE);
            }
        }
    }

    /** Deletes the entry; the database deletes its chunks and, for a directory, everything under it. */
    static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM gfs_entry WHERE id = ?")) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    private static Optional<Entry> one(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(entry(r)) : Optional.empty();
            }
        }
    }

    static Entry entry(ResultSet r) throws SQLException {
        return new Entry(r.getLong("id"), r.getLong("parent"), r.getString("name"),
                r.getString("kind").equals("d") ? FileKind.DIRECTORY : FileKind.FILE,
                r.getLong("size"), r.getLong("version"), r.getLong("mtime"), r.getLong("ctime"));
    }

    private static String code(FileKind kind) {
        return kind == FileKind.DIRECTORY ? "d" : "f";
    }
}
