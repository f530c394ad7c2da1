/**
 * Snapshots: the signed byte format that carries a captured program to another JVM.
 *
 * <p>{@link dev.colony.runtime.snapshot.SnapshotCodec} writes and reads the container; its layout
 * is documented on {@code SnapshotFrame} (prefix, header, payload, signature) and {@code
 * HeaderCodec} (the header's fields). The state inside is opaque here: the runtime serialises it
 * with Rhino and reads it back through {@link dev.colony.runtime.snapshot.SnapshotStateInput},
 * whose {@link dev.colony.runtime.snapshot.SnapshotClassFilter} admits only what program state
 * needs. {@link dev.colony.runtime.snapshot.SnapshotKey} finds or creates the signing key, and
 * {@link dev.colony.runtime.snapshot.SnapshotDescription} shows a header to a person.
 *
 * <p>Changing the layout or the header's fields means a new {@code SnapshotCodec.FORMAT_VERSION}:
 * readers refuse versions they do not know rather than guess.
 */
package dev.colony.runtime.snapshot;
