package dev.colony.runtime;

/**
 * The host's side of a program's {@code fs} module: the runtime checks the program's arguments and
 * hands the host one {@link FileOperation} at a time, the host performs it wherever it likes and
 * reports the outcome through the {@link FileCompletion}; the runtime queues that as an event on the
 * program's loop (in its inbox, which travels in snapshots), where the program's callback runs.
 *
 * <p>{@link #perform} is called on the program's thread and must return at once: do the work on
 * another thread. The completions of one program must come in the order its operations were
 * issued (programs writing in a loop, and the write streams, count on it). Before a capture the
 * runtime waits for every operation in flight to complete, so none is lost or performed twice.
 */
public interface FileSystemPort {
  void perform(FileOperation operation, FileCompletion completion);

  /** For programs run without a file system: every operation fails with {@code ENOSYS}, saying so. */
  FileSystemPort NONE = (operation, completion) -> completion.complete(new FileResult.Failure("ENOSYS",
      "fs needs a global file system: run the program with `colony local run` or deploy it with `colony run`"));
}
