package dev.colony.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path data;

    @Test
    void embeddedDatabaseKeepsCommittedRowsAcrossReopening() {
        try (Database db = Database.open("h2", data)) {
            assertThat(db.dialect()).isEqualTo(Dialect.H2);
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE t (k VARCHAR(10) PRIMARY KEY, v BIGINT)");
                    s.execute("INSERT INTO t VALUES ('a', 1)");
                }
                return null;
            });
        }
        try (Database db = Database.open(null, data)) {
            assertThat(count(db)).isEqualTo(1);
        }
    }

    @Test
    void rolledBackWorkLeavesNothingAndRethrows() {
        try (Database db = Database.open("h2", data)) {
            createCounter(db);
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("UPDATE t SET v = 99");
                }
                throw new IllegalStateException("changed my mind");
            })).hasMessage("changed my mind");
            assertThat(value(db)).isZero();
        }
    }

    @Test
    void concurrentIncrementsUnderRowLocksLoseNothingOnH2() throws Exception {
        try (Database db = Database.open("h2", data)) {
            assertNoLostIncrements(db);
        }
    }

    @Test
    void concurrentIncrementsUnderRowLocksLoseNothingOnPostgresql() throws Exception {
        assumeTrue(PostgresServer.installed(), PostgresServer.NOT_INSTALLED);
        try (Database db = Database.open(PostgresServer.shared().newDatabase(), data)) {
            assertThat(db.dialect()).isEqualTo(Dialect.POSTGRESQL);
            assertThat(db.description()).doesNotContain("password").startsWith("postgresql://127.0.0.1:");
            assertNoLostIncrements(db);
        }
    }

    @Test
    void badUrlsAreRefusedWithTheFormToUse() {
        assertThatThrownBy(() -> Database.open("mysql://x/y", data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("postgresql://user:password@host:port/name");
        assertThatThrownBy(() -> Database.open("postgresql://host-only", data))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("database name");
        assertThatThrownBy(() -> Database.open("postgresql://u:p@127.0.0.1:1/none", data))
                .isInstanceOf(StoreException.class).hasMessageStartingWith("cannot open the database postgresql://127.0.0.1:1/none")
                .hasMessageNotContaining(":p@");
    }

    private static void assertNoLostIncrements(Database db) throws Exception {
        createCounter(db);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    db.inTransaction(c -> {
                        long v;
                        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT v FROM t WHERE k = 'a' FOR UPDATE")) {
                            r.next();
                            v = r.getLong(1);
                        }
                        try (Statement s = c.createStatement()) {
                            s.execute("UPDATE t SET v = " + (v + 1));
                        }
                        return null;
                    });
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(value(db)).isEqualTo(400);
    }

    private static void createCounter(Database db) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (k VARCHAR(10) PRIMARY KEY, v BIGINT)");
                s.execute("INSERT INTO t VALUES ('a', 0)");
            }
            return null;
        });
    }

    private static long count(Database db) {
        return single(db, "SELECT count(*) FROM t");
    }

    private static long value(Database db) {
        return single(db, "SELECT v FROM t");
    }

    private static long single(Database db, String sql) {
        return db.inTransaction(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
