package dev.colony.gfs.fs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** SQL on gfs_chunk: a file's contents as an ordered list of chunks. */
final class ChunkTable {

    private ChunkTable() {
    }

    static List<Chunk> list(Connection c, long entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT length, blob, data FROM gfs_chunk WHERE entry = ? ORDER BY seq")) {
            s.setLong(1, entry);
            try (ResultSet r = s.executeQuery()) {
                List<Chunk> chunks = new ArrayList<>();
                while (r.next()) {
                    chunks.add(new Chunk(r.getInt(1), r.getString(2), r.getBytes(3)));
                }
                return chunks;
            }
        }
    }

    /** The last chunk and its number, or null when the file is empty. */
    static Tail tail(Connection c, long entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT seq, length, blob, data FROM gfs_chunk WHERE entry = ? ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
            s.setLong(1, entry);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Tail(r.getInt(1), new Chunk(r.getInt(2), r.getString(3), r.getBytes(4))) : null;
            }
        }
    }

    record Tail(int seq, Chunk chunk) {
    }

    /**
     * The entry and its chunks as one committed version, even while writers change the file: one
     * statement, which PostgreSQL reads from one snapshot; on H2 no change overlaps a reading at all
     * (colony-store's TransactionGate).
     */
    static Snapshot snapshot(Connection c, long entry) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                SELECT e.id, e.parent, e.name, e.kind, e.size, e.version, e.mtime, e.ctime, k.length, k.blob, k.data
                FROM gfs_entry e LEFT JOIN gfs_chunk k ON k.entry = e.id WHERE e.id = ? ORDER BY k.seq""")) {
            s.setLong(1, entry);
            try (ResultSet r = s.executeQuery()) {
                Entry found = null;
                List<Chunk> chunks = new ArrayList<>();
                while (r.next()) {
                    found = EntryTable.entry(r);
                    int length = r.getInt("length");
                    if (!r.wasNull()) {
                        chunks.add(new Chunk(length, r.getString("blob"), r.getBytes("data")));
                    }
                }
                return found == null ? null : new Snapshot(found, chunks);
            }
        }
    }

    record Snapshot(Entry entry, List<Chunk> chunks) {
    }

    /** Adds chunks numbered from {@code firstSeq}. */
    static void insert(Connection c, long entry, int firstSeq, List<Chunk> chunks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO gfs_chunk (entry, seq, length, blob, data) VALUES (?, ?, ?, ?, ?)")) {
            int seq = firstSeq;
            for (Chunk chunk : chunks) {
                s.setLong(1, entry);
                s.setInt(2, seq++);
                s.setInt(3, chunk.length());
                s.setString(4, chunk.blob());
                if (chunk.data() == null) {
                    s.setNull(5, Types.BINARY);
                } else {
                    s.setBytes(5, chunk.data());
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Removes the chunks numbered {@code fromSeq} and up. */
    static void deleteFrom(Connection c, long entry, int fromSeq) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM gfs_chunk WHERE entry = ? AND seq >= ?")) {
            s.setLong(1, entry);
            s.setInt(2, fromSeq);
            s.executeUpdate();
        }
    }
}
