package dev.colony.protocol;

/**
 * An engine's answer to a {@link ControlRequest}, matched to it by {@code requestId} (and by MQTT 5
 * correlation data on the wire). Exactly one of success (with the program's status and, for a
 * snapshot, its ref) or {@code error} is set.
 */
public record ControlReply(String requestId, ProgramStatus program, SnapshotRef snapshot, ErrorInfo error) {

    public ControlReply {
        Fields.text(requestId, "requestId");
        if (error != null && (program != null || snapshot != null)) {
            throw new IllegalArgumentException("a failed reply carries only its error");
        }
        if (error == null && program == null) {
            throw new IllegalArgumentException("a successful reply carries the program's status");
        }
    }

    public static ControlReply ok(String requestId, ProgramStatus program) {
        return new ControlReply(requestId, program, null, null);
    }

    public static ControlReply snapshotTaken(String requestId, ProgramStatus program, SnapshotRef snapshot) {
        return new ControlReply(requestId, program, snapshot, null);
    }

    public static ControlReply failed(String requestId, ErrorInfo error) {
        return new ControlReply(requestId, null, null, error);
    }

    public boolean succeeded() {
        return error == null;
    }
}
