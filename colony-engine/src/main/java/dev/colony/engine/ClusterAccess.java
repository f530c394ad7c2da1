package dev.colony.engine;

import dev.colony.gfs.BlobStore;
import dev.colony.protocol.JoinReply;
import java.util.Objects;

/**
 * Everything an engine needs from its coordinator: the broker and its accounts, the snapshot key
 * and heartbeat period (all in the join reply), and the blob store holding code and snapshots.
 */
public record ClusterAccess(JoinReply join, BlobStore blobs) {

    public ClusterAccess {
        Objects.requireNonNull(join, "join");
        Objects.requireNonNull(blobs, "blobs");
    }
}
