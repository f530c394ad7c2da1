package dev.colony.gfs.fs;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The file system's tables, created when absent. An entry names its parent by id, so renaming a
 * directory changes one row, and deleting one removes its whole subtree by cascade; chunks belong
 * to a file and go with it. SQL both H2 and PostgreSQL understand.
 */
final class FsSchema {

    static final long ROOT_ID = 0;

    private FsSchema() {
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SEQUENCE IF NOT EXISTS gfs_seq START WITH 1");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS gfs_entry (
                      id BIGINT PRIMARY KEY,
                      parent BIGINT REFERENCES gfs_entry (id) ON DELETE CASCADE,
                      name VARCHAR(255) NOT NULL,
                      kind CHAR(1) NOT NULL,
                      size BIGINT NOT NULL,
                      version BIGINT NOT NULL,
                      mtime BIGINT NOT NULL,
                      ctime BIGINT NOT NULL,
                      CONSTRAINT gfs_entry_name UNIQUE (parent, name))""");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS gfs_chunk (
                      entry BIGINT NOT NULL REFERENCES gfs_entry (id) ON DELETE CASCADE,
                      seq INT NOT NULL,
                      length INT NOT NULL,
                      blob CHAR(64),
                      data BYTEA,
                      PRIMARY KEY (entry, seq))""");
            statement.execute("INSERT INTO gfs_entry (id, parent, name, kind, size, version, mtime, ctime) "
                    + "SELECT 0, NULL, '', 'd', 0, 0, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM gfs_entry WHERE id = 0)");
        }
    }
}
