package dev.colony.runtime;

/** Where the host reports how one {@link FileOperation} ended; any thread, once (later calls are ignored). */
@FunctionalInterface
public interface FileCompletion {
  void complete(FileResult result);
}
