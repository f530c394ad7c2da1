package dev.colony.gfs.fs;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file opened for reading: the version that was current when it was opened, streamed in chunks
 * (later writes do not change what this stream returns). {@code offset} and {@code length} are the
 * part asked for, cut to the file's size.
 */
public record OpenFile(FileStat stat, long offset, long length, InputStream content) implements AutoCloseable {

    /** The whole part in memory: for small files only. */
    public byte[] readAllBytes() throws IOException {
        return content.readAllBytes();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
