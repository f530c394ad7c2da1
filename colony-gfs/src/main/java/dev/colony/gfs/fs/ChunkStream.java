package dev.colony.gfs.fs;

import dev.colony.gfs.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * Reads {@code length} bytes from {@code offset} of a file's chunks, fetching one blob at a time:
 * memory stays at one chunk whatever the file's size.
 */
final class ChunkStream extends InputStream {

    private final List<Chunk> chunks;
    private final BlobStore blobs;
    private final FsPath path;
    private int next;
    private long skip;
    private long remaining;
    private byte[] current = new byte[0];
    private int position;
    private int limit;

    ChunkStream(List<Chunk> chunks, BlobStore blobs, FsPath path, long offset, long length) {
        this.chunks = chunks;
        this.blobs = blobs;
        this.path = path;
        this.skip = offset;
        this.remaining = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (remaining == 0 || position == limit && !advance()) {
            return -1;
        }
        int count = (int) Math.min(Math.min(length, limit - position), remaining);
        System.arraycopy(current, position, buffer, offset, count);
        position += count;
        remaining -= count;
        return count;
    }

    @Override
    public int available() {
        return (int) Math.min(limit - position, remaining);
    }

    /** Moves to the next chunk holding wanted bytes; false at the end. */
    private boolean advance() throws IOException {
        while (next < chunks.size()) {
            Chunk chunk = chunks.get(next++);
            if (skip >= chunk.length()) {
                skip -= chunk.length();
                continue;
            }
            current = bytes(chunk);
            position = (int) skip;
            limit = chunk.length();
            skip = 0;
            return true;
        }
        return false;
    }

    private byte[] bytes(Chunk chunk) throws IOException {
        if (chunk.isInline()) {
            return chunk.data();
        }
        byte[] bytes = blobs.get(chunk.blob())
                .orElseThrow(() -> new IOException("chunk " + chunk.blob() + " of " + path + " is missing from the blob store"));
        if (bytes.length != chunk.length()) {
            throw new IOException("chunk " + chunk.blob() + " of " + path + " has " + bytes.length + " bytes, not " + chunk.length());
        }
        return bytes;
    }
}
