package dev.colony.runtime;

/**
 * One operation of a program's {@code fs} module, as the host performs it. Paths are absolute
 * ({@code /…}) but not checked otherwise: normalising them and refusing bad ones ({@code EINVAL})
 * is the file system's business. Each answers {@link FileResult.Done} unless said otherwise, or a
 * {@link FileResult.Failure}.
 */
public sealed interface FileOperation {
  /**
   * The most bytes one operation carries either way (a write's data, a read's result): larger ones
   * are refused before they cost memory. A {@link Read} of more fails with {@code ERR_FS_FILE_TOO_LARGE}.
   */
  int MAX_DATA_BYTES = 64 << 20;

  String path();

  /** Answers {@link FileResult.Info}. */
  record Stat(String path) implements FileOperation {}

  /** Answers {@link FileResult.Entries}. */
  record ReadDir(String path) implements FileOperation {}

  record MakeDir(String path, boolean recursive) implements FileOperation {}

  /** Answers {@link FileResult.Data}: {@code length} bytes from {@code offset}, fewer at the end; -1 reads to the end. */
  record Read(String path, long offset, long length) implements FileOperation {}

  /** Creates or replaces a file; {@code exclusive} refuses an existing one ({@code EEXIST}). */
  record Write(String path, byte[] data, boolean exclusive) implements FileOperation {}

  /** Adds to the end of a file, creating it. */
  record Append(String path, byte[] data) implements FileOperation {}

  record Truncate(String path, long length) implements FileOperation {}

  record Unlink(String path) implements FileOperation {}

  record RemoveDir(String path, boolean recursive) implements FileOperation {}

  /** Node's {@code rm}: a file, or a directory with {@code recursive}; {@code force} ignores a missing path. */
  record Remove(String path, boolean recursive, boolean force) implements FileOperation {}

  record Rename(String path, String to) implements FileOperation {}

  /** Copies a file; {@code exclusive} refuses an existing target ({@code EEXIST}). */
  record Copy(String path, String to, boolean exclusive) implements FileOperation {}
}
