package dev.colony.runtime;

import java.io.Serial;
import java.io.Serializable;

/**
 * One entry of the file system as a program sees it (its {@code fs.Stats} and {@code fs.Dirent}).
 *
 * @param name the entry's last path name ("" for the root)
 * @param version changes with every change to the entry, never reused
 */
public record FileInfo(String name, boolean directory, long size, long version, long mtimeMillis, long ctimeMillis)
    implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
