package dev.colony.cli;

import dev.colony.engine.FileSystemPorts;
import dev.colony.gfs.DiskBlobStore;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.JdbcFileSystem;
import dev.colony.runtime.FileSystemPort;
import dev.colony.store.Database;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --fs DIR} of {@code local run} and {@code local resume}: the programs' {@code require('fs')}
 * without a cluster, an embedded global file system in DIR (the database in {@code db/}, contents
 * in {@code blobs/}), opened when a program first uses it. One process at a time may have it open.
 */
final class LocalFiles {
  @Option(names = "--fs", paramLabel = "DIR",
      description = "The programs' file system (require('fs')): a database and blobs in DIR, default ~/.colony/local.")
  Path dir;

  /** Opens the ports; the file system itself opens at the first operation. */
  Opened open() {
    Path root = dir != null ? dir : Path.of(System.getProperty("user.home"), ".colony", "local");
    return new Opened(root.toAbsolutePath());
  }

  static final class Opened implements AutoCloseable {
    private final Path root;
    private final FileSystemPorts ports;
    private Database database;

    private Opened(Path root) {
      this.root = root;
      this.ports = FileSystemPorts.opening(this::openFileSystem, "local");
    }

    private synchronized GlobalFileSystem openFileSystem() {
      database = Database.open(null, root);
      return new JdbcFileSystem(database, new DiskBlobStore(root.resolve("blobs")));
    }

    FileSystemPort port() {
      return ports.forProgram();
    }

    @Override
    public void close() {
      ports.close();
      synchronized (this) {
        if (database != null) {
          database.close();
        }
      }
    }
  }
}
