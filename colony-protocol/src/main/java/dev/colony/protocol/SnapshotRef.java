package dev.colony.protocol;

/** A snapshot in the blob store: MQTT carries this reference, never the bytes. */
public record SnapshotRef(String hash, long sizeBytes) {

    public SnapshotRef {
        Fields.text(hash, "hash");
        Fields.notNegative(sizeBytes, "sizeBytes");
    }
}
