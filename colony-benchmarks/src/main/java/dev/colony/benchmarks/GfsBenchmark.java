package dev.colony.benchmarks;

import dev.colony.gfs.BlobStore;
import dev.colony.gfs.BlobStores;
import dev.colony.gfs.DiskBlobStore;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.JdbcFileSystem;
import dev.colony.gfs.fs.OpenFile;
import dev.colony.store.Database;
import dev.colony.store.PostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Issue 4's benchmarks, in one run: write and read throughput of the global file system for 4 KiB,
 * 1 MiB and 100 MiB files and appends per second from 8 concurrent writers, on the embedded store
 * (H2 + blobs on disk) and on PostgreSQL (entries and chunks in the database), next to {@code dd} on the same disk. Run it with
 * {@code bench/gfs.sh}.
 */
public final class GfsBenchmark {
  record Size(String label, int bytes, int files) {}

  static final List<Size> SIZES = List.of(
      new Size("4 KiB", 4 << 10, 2_000), new Size("1 MiB", 1 << 20, 200), new Size("100 MiB", 100 << 20, 3));
  static final int WRITERS = 8;
  static final int APPENDS_PER_WRITER = 1_000;

  private GfsBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Args.parse(args, List.of("docs"), "GfsBenchmark [--docs FILE]");
    Path dir = Files.createTempDirectory("colony-gfs-bench");
    Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    columns.put("dd (same disk)", dd(dir.resolve("dd")));
    try (Database h2 = Database.open("h2", dir.resolve("h2"))) {
      columns.put("embedded (H2 + disk blobs)", run(new JdbcFileSystem(h2, new DiskBlobStore(dir.resolve("h2/blobs")))));
    }
    if (PostgresServer.installed()) {
      try (Database pg = Database.open(PostgresServer.shared().newDatabase(), dir.resolve("pg"))) {
        BlobStore chunks = BlobStores.open(BlobStores.defaultUrl(pg), dir.resolve("pg"), pg);
        columns.put("PostgreSQL 15 (metadata and chunks)", run(new JdbcFileSystem(pg, chunks)));
      }
    } else {
      System.err.println(PostgresServer.NOT_INSTALLED);
    }
    String table = table(columns);
    System.out.println(table);
    if (options.containsKey("docs")) {
      DocsWriter.write(Path.of(options.get("docs")), Map.of("gfs", table));
      System.err.println("wrote " + options.get("docs"));
    }
  }

  private static Map<String, String> run(GlobalFileSystem fs) throws Exception {
    Map<String, String> cells = new LinkedHashMap<>();
    for (Size size : SIZES) {
      FsPath base = fs.mkdir(FsPath.parse("/bench-" + size.bytes()), true).path();
      byte[][] contents = contents(size);
      long start = System.nanoTime();
      for (int i = 0; i < size.files(); i++) {
        fs.write(base.resolve("f" + i), contents[i % contents.length]);
      }
      cells.put("write " + size.label(), mbPerSecond((long) size.bytes() * size.files(), System.nanoTime() - start));
      start = System.nanoTime();
      for (int i = 0; i < size.files(); i++) {
        try (OpenFile file = fs.open(base.resolve("f" + i), 0, -1)) {
          file.content().transferTo(OutputStream.nullOutputStream());
        }
      }
      cells.put("read " + size.label(), mbPerSecond((long) size.bytes() * size.files(), System.nanoTime() - start));
      System.err.println("  " + size.label() + ": " + cells);
    }
    cells.put("appends/s, 8 writers, one file", appendsPerSecond(fs, true));
    cells.put("appends/s, 8 writers, own files", appendsPerSecond(fs, false));
    System.err.println("  " + cells);
    return cells;
  }

  private static String appendsPerSecond(GlobalFileSystem fs, boolean oneFile) throws Exception {
    FsPath base = fs.mkdir(FsPath.parse("/appends-" + oneFile), true).path();
    byte[] record = ("%-99s\n".formatted("record")).getBytes();
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      FsPath file = base.resolve(oneFile ? "shared" : "own-" + w);
      done.add(pool.submit(() -> {
        for (int i = 0; i < APPENDS_PER_WRITER; i++) {
          fs.append(file, record);
        }
        return null;
      }));
    }
    for (Future<?> future : done) {
      future.get();
    }
    long nanos = System.nanoTime() - start;
    pool.shutdown();
    long total = oneFile ? fs.stat(base.resolve("shared")).size() : 0;
    if (oneFile && total != (long) WRITERS * APPENDS_PER_WRITER * record.length) {
      throw new IllegalStateException("appends lost: " + total + " bytes");
    }
    return String.format(Locale.ROOT, "%,.0f", WRITERS * APPENDS_PER_WRITER / (nanos / 1e9));
  }

  /**
   * dd writing the same amounts with oflag=dsync (each block on disk before the next, as each file
   * write of the store is durable before it returns) in blocks of the file size (at most 1 MiB),
   * one dd per size, then reading them back.
   */
  private static Map<String, String> dd(Path dir) throws Exception {
    Files.createDirectories(dir);
    Map<String, String> cells = new LinkedHashMap<>();
    for (Size size : SIZES) {
      Path source = dir.resolve("source-" + size.bytes());
      long total = (long) size.bytes() * size.files();
      try (OutputStream out = Files.newOutputStream(source)) {
        byte[] block = contents(size)[0];
        for (long written = 0; written < total; written += block.length) {
          out.write(block);
        }
      }
      String block = "bs=" + Math.min(size.bytes(), 1 << 20);
      Path target = dir.resolve("written-" + size.bytes());
      long start = System.nanoTime();
      shell("dd", "if=" + source, "of=" + target, block, "oflag=dsync", "status=none");
      cells.put("write " + size.label(), mbPerSecond(total, System.nanoTime() - start));
      start = System.nanoTime();
      shell("dd", "if=" + target, "of=/dev/null", block, "status=none");
      cells.put("read " + size.label(), mbPerSecond(total, System.nanoTime() - start));
      Files.delete(source);
      Files.delete(target);
    }
    cells.put("appends/s, 8 writers, one file", "—");
    cells.put("appends/s, 8 writers, own files", "—");
    System.err.println("  dd: " + cells);
    return cells;
  }

  private static void shell(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output;
    try (InputStream in = process.getInputStream()) {
      output = new String(in.readAllBytes());
    }
    if (process.waitFor() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + output);
    }
  }

  /** A few distinct random contents per size, so the content-addressed store cannot skip the writes. */
  private static byte[][] contents(Size size) {
    int distinct = size.bytes() >= (100 << 20) ? 1 : Math.min(size.files(), 64);
    byte[][] contents = new byte[distinct][];
    Random random = new Random(size.bytes());
    for (int i = 0; i < distinct; i++) {
      contents[i] = new byte[size.bytes()];
      random.nextBytes(contents[i]);
    }
    return contents;
  }

  private static String mbPerSecond(long bytes, long nanos) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6 / (nanos / 1e9));
  }

  private static String table(Map<String, Map<String, String>> columns) {
    List<String> header = new ArrayList<>(List.of("MB/s (appends: per second)"));
    header.addAll(columns.keySet());
    Markdown markdown = new Markdown(header.toArray(String[]::new));
    for (String row : columns.values().iterator().next().keySet()) {
      List<String> cells = new ArrayList<>(List.of(row));
      for (Map<String, String> column : columns.values()) {
        cells.add(column.getOrDefault(row, "—"));
      }
      markdown.row(cells.toArray(String[]::new));
    }
    return markdown.toString();
  }
}
