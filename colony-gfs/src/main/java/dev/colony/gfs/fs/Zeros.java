package dev.colony.gfs.fs;

import dev.colony.gfs.BlobStore;
import java.util.ArrayList;
import java.util.List;

/** Chunks of zero bytes for extending a file: full chunks all share one stored blob. */
final class Zeros {

    private Zeros() {
    }

    static List<Chunk> chunks(long count, BlobStore blobs) {
        List<Chunk> chunks = new ArrayList<>();
        long full = count / Chunk.SIZE;
        if (full > 0) {
            String zeros = blobs.put(new byte[Chunk.SIZE]);
            for (long i = 0; i < full; i++) {
                chunks.add(Chunk.ofBlob(zeros, Chunk.SIZE));
            }
        }
        int rest = (int) (count % Chunk.SIZE);
        if (rest > 0) {
            chunks.add(rest <= Chunk.INLINE_MAX ? Chunk.inline(new byte[rest]) : Chunk.ofBlob(blobs.put(new byte[rest]), rest));
        }
        return chunks;
    }
}
