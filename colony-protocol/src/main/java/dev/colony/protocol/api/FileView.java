package dev.colony.protocol.api;

/**
 * One entry of the global file system as REST shows it (docs/gfs.md's {@code Stat}).
 *
 * @param kind    {@code file} or {@code directory}
 * @param version changes with every change to the entry and is never reused: the entry's ETag
 */
public record FileView(String path, String name, String kind, long size, long version, long mtimeMillis, long ctimeMillis) {
    public static final String FILE = "file";
    public static final String DIRECTORY = "directory";
}
