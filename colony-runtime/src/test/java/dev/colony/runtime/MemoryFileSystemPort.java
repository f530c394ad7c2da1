package dev.colony.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's side of {@code fs} needs a host: this one keeps a tree in memory and performs
 * operations on its own thread, in order, as the engine's does on the global file system (whose
 * semantics colony-engine's tests check against the real store). {@link #hold()} keeps operations
 * from completing until {@link #release()}, to catch captures with operations in flight.
 */
final class MemoryFileSystemPort implements FileSystemPort, AutoCloseable {
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "memory-fs");
    t.setDaemon(true);
    return t;
  });
  /** Path → contents; directories map to null. Touched on {@link #thread} only, or under its lock. */
  private final Map<String, byte[]> entries = new TreeMap<>(Map.of("/", new byte[0]));
  private final Map<String, Boolean> directories = new TreeMap<>(Map.of("/", true));
  private final AtomicInteger performed = new AtomicInteger();
  private final Object gate = new Object();
  private boolean held;
  private long version;

  @Override
  public void perform(FileOperation operation, FileCompletion completion) {
    thread.execute(() -> {
      awaitGate();
      FileResult result;
      try {
        synchronized (this) {
          result = run(operation);
        }
      } catch (Refusal e) {
        result = new FileResult.Failure(e.code, e.code + ": " + e.getMessage());
      }
      performed.incrementAndGet();
      completion.complete(result);
    });
  }

  int performed() {
    return performed.get();
  }

  void hold() {
    synchronized (gate) {
      held = true;
    }
  }

  void release() {
    synchronized (gate) {
      held = false;
      gate.notifyAll();
    }
  }

  synchronized byte[] contents(String path) {
    return entries.get(path);
  }

  synchronized void put(String path, byte[] contents) {
    entries.put(path, contents);
  }

  private void awaitGate() {
    synchronized (gate) {
      while (held) {
        try {
          gate.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private FileResult run(FileOperation operation) {
    String path = normalise(operation.path());
    return switch (operation) {
      case FileOperation.Stat s -> new FileResult.Info(info(path));
      case FileOperation.ReadDir r -> {
        requireDirectory(path);
        List<FileInfo> children = new ArrayList<>();
        for (String entry : entries.keySet()) {
          if (!entry.equals(path) && parent(entry).equals(path)) {
            children.add(info(entry));
          }
        }
        yield new FileResult.Entries(children);
      }
      case FileOperation.MakeDir m -> {
        if (exists(path)) {
          if (m.recursive() && isDirectory(path)) {
            yield new FileResult.Done();
          }
          throw new Refusal("EEXIST", path);
        }
        if (!exists(parent(path))) {
          if (!m.recursive()) {
            throw new Refusal("ENOENT", path);
          }
          run(new FileOperation.MakeDir(parent(path), true));
        }
        requireDirectory(parent(path));
        entries.put(path, null);
        directories.put(path, true);
        yield new FileResult.Done();
      }
      case FileOperation.Read r -> {
        byte[] data = file(path);
        int from = (int) Math.min(r.offset(), data.length);
        int to = r.length() < 0 ? data.length : (int) Math.min(data.length, from + r.length());
        if (to - from > FileOperation.MAX_DATA_BYTES) {
          throw new Refusal("ERR_FS_FILE_TOO_LARGE", path);
        }
        yield new FileResult.Data(Arrays.copyOfRange(data, from, to));
      }
      case FileOperation.Write w -> {
        if (w.exclusive() && exists(path)) {
          throw new Refusal("EEXIST", path);
        }
        writable(path);
        entries.put(path, w.data().clone());
        yield new FileResult.Done();
      }
      case FileOperation.Append a -> {
        byte[] old = exists(path) ? file(path) : new byte[0];
        writable(path);
        byte[] joined = Arrays.copyOf(old, old.length + a.data().length);
        System.arraycopy(a.data(), 0, joined, old.length, a.data().length);
        entries.put(path, joined);
        yield new FileResult.Done();
      }
      case FileOperation.Truncate t -> {
        entries.put(path, Arrays.copyOf(file(path), (int) t.length()));
        yield new FileResult.Done();
      }
      case FileOperation.Unlink u -> {
        file(path);
        entries.remove(path);
        yield new FileResult.Done();
      }
      case FileOperation.RemoveDir r -> {
        removeDirectory(path, r.recursive());
        yield new FileResult.Done();
      }
      case FileOperation.Remove r -> {
        if (!exists(path)) {
          if (r.force()) {
            yield new FileResult.Done();
          }
          throw new Refusal("ENOENT", path);
        }
        if (isDirectory(path)) {
          if (!r.recursive()) {
            throw new Refusal("EISDIR", path);
          }
          removeDirectory(path, true);
        } else {
          entries.remove(path);
        }
        yield new FileResult.Done();
      }
      case FileOperation.Rename r -> {
        byte[] data = file(path);
        String to = normalise(r.to());
        writable(to);
        entries.remove(path);
        entries.put(to, data);
        yield new FileResult.Done();
      }
      case FileOperation.Copy c -> {
        byte[] data = file(path);
        String to = normalise(c.to());
        if (c.exclusive() && exists(to)) {
          throw new Refusal("EEXIST", to);
        }
        writable(to);
        entries.put(to, data.clone());
        yield new FileResult.Done();
      }
    };
  }

  private static String normalise(String path) {
    List<String> names = new ArrayList<>();
    for (String name : path.split("/")) {
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        if (names.isEmpty()) {
          throw new Refusal("EINVAL", path);
        }
        names.remove(names.size() - 1);
      } else {
        names.add(name);
      }
    }
    return "/" + String.join("/", names);
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  private boolean exists(String path) {
    return entries.containsKey(path);
  }

  private boolean isDirectory(String path) {
    return directories.containsKey(path);
  }

  private void requireDirectory(String path) {
    if (!exists(path)) {
      throw new Refusal("ENOENT", path);
    }
    if (!isDirectory(path)) {
      throw new Refusal("ENOTDIR", path);
    }
  }

  private byte[] file(String path) {
    if (!exists(path)) {
      throw new Refusal("ENOENT", path);
    }
    if (isDirectory(path)) {
      throw new Refusal("EISDIR", path);
    }
    return entries.get(path);
  }

  private void writable(String path) {
    if (isDirectory(path)) {
      throw new Refusal("EISDIR", path);
    }
    requireDirectory(parent(path));
  }

  private void removeDirectory(String path, boolean recursive) {
    requireDirectory(path);
    List<String> inside = entries.keySet().stream().filter(e -> e.startsWith(path.equals("/") ? "/" : path + "/") && !e.equals(path)).toList();
    if (!inside.isEmpty() && !recursive) {
      throw new Refusal("ENOTEMPTY", path);
    }
    inside.forEach(e -> {
      entries.remove(e);
      directories.remove(e);
    });
    entries.remove(path);
    directories.remove(path);
  }

  private FileInfo info(String path) {
    if (!exists(path)) {
      throw new Refusal("ENOENT", path);
    }
    boolean directory = isDirectory(path);
    String name = path.equals("/") ? "" : path.substring(path.lastIndexOf('/') + 1);
    return new FileInfo(name, directory, directory ? 0 : entries.get(path).length, ++version, 1_700_000_000_000L,
        1_600_000_000_000L);
  }

  @Override
  public void close() {
    release();
    thread.shutdownNow();
  }

  private static final class Refusal extends RuntimeException {
    final String code;

    Refusal(String code, String path) {
      super(path);
      this.code = code;
    }
  }
}
