package dev.colony.gfs.fs;

public enum FileKind {
    FILE,
    DIRECTORY
}
