package dev.colony.protocol;

/** An engine's life as the cluster sees it; OFFLINE is also the payload of its last will. */
public enum EngineState {
    ONLINE,
    /** Takes no new programs; its programs are being moved away. */
    DRAINING,
    OFFLINE
}
