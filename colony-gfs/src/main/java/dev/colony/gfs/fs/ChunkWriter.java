package dev.colony.gfs.fs;

import dev.colony.gfs.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a stream into chunks: pieces of {@link Chunk#SIZE} stored as blobs as they are read (so
 * memory stays at one piece), and a last piece of at most {@link Chunk#INLINE_MAX} kept inline for
 * the database row.
 */
final class ChunkWriter {

    record Written(List<Chunk> chunks, long size) {
    }

    private ChunkWriter() {
    }

    /**
     * Stores {@code content}; throws {@link FsError#EFBIG} as soon as it passes {@code maxBytes}
     * (blobs stored until then stay unreferenced). {@code beforeMore} runs once when the stream
     * turns out to be longer than one chunk, before more is read: the place to refuse a write
     * early instead of after a long upload.
     */
    static Written write(InputStream content, BlobStore blobs, long maxBytes, FsPath path, Runnable beforeMore) {
        List<Chunk> chunks = new ArrayList<>();
        long size = 0;
        try {
            while (true) {
                byte[] piece = content.readNBytes(Chunk.SIZE);
                size += piece.length;
                if (size > maxBytes) {
                    throw FsException.of(FsError.EFBIG, path, "larger than the limit of " + maxBytes + " bytes");
                }
                // readNBytes returns a short piece only at the end of the stream
                boolean end = piece.length < Chunk.SIZE;
                if (end && piece.length <= Chunk.INLINE_MAX) {
                    if (piece.length > 0) {
                        chunks.add(Chunk.inline(piece));
                    }
                    return new Written(chunks, size);
                }
                if (end) {
                    chunks.add(Chunk.ofBlob(blobs.put(piece), piece.length));
                    return new Written(chunks, size);
                }
                if (chunks.isEmpty()) {
                    beforeMore.run();
                }
                chunks.add(Chunk.ofBlob(blobs.put(piece), piece.length));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contents for " + path + ": " + e.getMessage(), e);
        }
    }
}
