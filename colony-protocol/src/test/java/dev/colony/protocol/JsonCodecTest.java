package dev.colony.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonCodecTest {

    private final JsonCodec codec = new JsonCodec();

    static EngineStatus engineStatus() {
        return new EngineStatus("e1", EngineState.ONLINE, new Resources(0.25, 100L << 20, 1L << 30), 3,
            Map.of("zone", "a"), 1_700_000_000_000L);
    }

    @Test
    void roundTripsEveryMessageKind() {
        ProgramStatus program = new ProgramStatus("p1", "counter", "e1", ProgramState.RUNNING, 2, 1L);
        SnapshotRef snapshot = new SnapshotRef("sha256:ab12", 4096);
        Object[] messages = {
            engineStatus(),
            program,
            new ControlRequest.Deploy("r1", "p1", "counter", "sha256:cafe"),
            new ControlRequest.Pause("r2", "p1"),
            new ControlRequest.Resume("r3", "p1"),
            new ControlRequest.Kill("r4", "p1"),
            new ControlRequest.Freeze("r5", "p1"),
            new ControlRequest.Snapshot("r6", "p1"),
            new ControlRequest.Restore("r7", "p1", "counter", 3, snapshot, false),
            new ControlRequest.Release("r8", "p1", 3),
            ControlReply.ok("r1", program),
            ControlReply.snapshotTaken("r6", program, snapshot),
            ControlReply.failed("r9", new ErrorInfo("unknown-program", "no program p9 here", false)),
        };
        for (Object message : messages) {
            Class<?> type = message instanceof ControlRequest ? ControlRequest.class : message.getClass();
            assertThat(codec.decode(codec.encode(message), type)).isEqualTo(message);
        }
    }

    @Test
    void controlRequestsNameTheirOperation() {
        String json = new String(codec.encode(new ControlRequest.Freeze("r5", "p1")), StandardCharsets.UTF_8);
        assertThat(json).isEqualTo("{\"op\":\"freeze\",\"requestId\":\"r5\",\"programId\":\"p1\"}");
        assertThat(new String(codec.encode(ControlReply.failed("r", new ErrorInfo("t", "m", true))), StandardCharsets.UTF_8))
            .doesNotContain("program").doesNotContain("null");
    }

    @Test
    void ignoresUnknownFieldsForNewerSenders() {
        byte[] json = "{\"op\":\"kill\",\"requestId\":\"r\",\"programId\":\"p\",\"reason\":\"new field\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(codec.decode(json, ControlRequest.class)).isEqualTo(new ControlRequest.Kill("r", "p"));
    }

    @Test
    void malformedInputIsRefusedWithWhereAndWhat() {
        assertMalformed("{\"engineId\": \"e1\",", EngineStatus.class, "malformed EngineStatus message:", "line 1");
        assertMalformed("not json", ProgramStatus.class, "malformed ProgramStatus message: Unrecognized token 'not'");
        assertMalformed("{\"hash\":\"h\",\"sizeBytes\":1} {}", SnapshotRef.class, "Trailing token");
        assertMalformed("{\"hash\":\"h\"}", SnapshotRef.class, "field 'sizeBytes': Cannot map `null` into type `long`");
        assertMalformed("{\"engineId\":\"e1\",\"state\":\"ONLINE\",\"resources\":{\"cpuLoad\":\"high\"}}", EngineStatus.class,
            "field 'resources.cpuLoad'");
        assertMalformed("{\"op\":\"explode\",\"requestId\":\"r\",\"programId\":\"p\"}", ControlRequest.class, "'explode'");
        assertMalformed("{\"op\":\"restore\",\"requestId\":\"r\",\"programId\":\"p\",\"name\":\"n\",\"generation\":1,\"paused\":false}", ControlRequest.class,
            "snapshot is missing");
        assertMalformed("{\"op\":\"kill\",\"requestId\":\"r\",\"programId\":\"a/b\"}", ControlRequest.class, "id 'a/b' must be");
        assertMalformed("{\"programId\":\"p\",\"name\":\"n\",\"state\":\"DANCING\",\"generation\":0,\"sentAtMillis\":0}",
            ProgramStatus.class, "DANCING");
        assertMalformed("{\"ignored\":" + "[".repeat(100), EngineStatus.class, "nesting depth");
        assertMalformed("", EngineStatus.class, "the payload is empty");
    }

    @Test
    void oversizedMessagesAreRefusedBeforeParsingAndBeforeSending() {
        JsonCodec small = new JsonCodec(64);
        byte[] big = ("{\"hash\":\"" + "x".repeat(100) + "\",\"sizeBytes\":1}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> small.decode(big, SnapshotRef.class))
            .isInstanceOf(OversizedMessageException.class)
            .hasMessageMatching("SnapshotRef message is 12\\d bytes; the limit is 64 \\(send large data through the blob store\\)");
        assertThatThrownBy(() -> small.encode(engineStatus()))
            .isInstanceOf(OversizedMessageException.class)
            .hasMessageStartingWith("EngineStatus message is ");
        ErrorInfo onTheWire = ErrorInfo.of((ProtocolException) catchDecode(small, big, SnapshotRef.class));
        assertThat(onTheWire.type()).isEqualTo("message-too-large");
        assertThat(onTheWire.message()).startsWith("SnapshotRef message is ");
        assertThat(onTheWire.retryable()).isFalse();
    }

    private void assertMalformed(String json, Class<?> type, String... fragments) {
        Throwable e = catchDecode(codec, json.getBytes(StandardCharsets.UTF_8), type);
        assertThat(e).isInstanceOf(MalformedMessageException.class);
        assertThat(((ProtocolException) e).type()).isEqualTo("malformed-message");
        for (String fragment : fragments) {
            assertThat(e.getMessage()).contains(fragment);
        }
    }

    private static Throwable catchDecode(JsonCodec codec, byte[] bytes, Class<?> type) {
        try {
            codec.decode(bytes, type);
        } catch (ProtocolException e) {
            return e;
        }
        throw new AssertionError("decoded");
    }
}
