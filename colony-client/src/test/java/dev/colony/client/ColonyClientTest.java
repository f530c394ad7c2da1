package dev.colony.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.colony.protocol.EngineState;
import dev.colony.protocol.api.LogPage;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ColonyClient} against a real HTTP server that answers as told: what goes on the wire, and
 * answers the real coordinator does not give (unknown fields, HTML, truncated, hostile, oversized).
 * {@code ColonyClientCoordinatorTest} runs it against the coordinator itself.
 */
class ColonyClientTest {
    private static final String PROGRAM = """
        {"id":"p-1a2b3c4d","name":"counter","engine":"e1","state":"RUNNING","generation":2,
         "startedAtMillis":1700000000000,"uptimeMillis":1234,"detail":null}""";

    private StubCoordinator stub;
    private ColonyClient client;

    @BeforeEach
    void start() throws Exception {
        stub = new StubCoordinator();
        client = ColonyClient.connect(stub.url(), "s3cret");
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void readsAnswersWithFieldsItDoesNotKnowAndSendsTheAdminToken() throws Exception {
        stub.answer(200, """
            {"engines":[{"name":"e1","state":"ONLINE","cpuLoad":0.25,"heapUsedBytes":1048576,"heapMaxBytes":4194304,
              "programCount":3,"labels":{"zone":"a"},"lastHeartbeatMillis":1700000000000,"futureField":true}]}""");
        assertThat(client.engines()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("e1");
            assertThat(e.state()).isEqualTo(EngineState.ONLINE);
            assertThat(e.labels()).isEqualTo(Map.of("zone", "a"));
            assertThat(e.programCount()).isEqualTo(3);
        });
        assertThat(stub.received().authorization()).isEqualTo("Bearer s3cret");
    }

    @Test
    void encodesRefsAsOnePathSegment() throws Exception {
        stub.answer(200, PROGRAM).answer(200, PROGRAM).answer(200, PROGRAM);
        client.pause("../a/b c?x=ü#");
        assertThat(stub.received().rawPath()).isEqualTo("/api/programs/..%2Fa%2Fb%20c%3Fx%3D%C3%BC%23/pause");
        client.program("..");
        assertThat(stub.received().rawPath()).isEqualTo("/api/programs/%2E%2E");
        client.program("p-1.x_y~z");
        assertThat(stub.received().rawPath()).isEqualTo("/api/programs/p-1.x_y~z");
        assertThatThrownBy(() -> client.program("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesLogsWithALongPoll() throws Exception {
        stub.answer(200, """
            {"lines":[{"programId":"p-1","seq":4,"stream":"stdout","text":"tick 4","generation":1,"timeMillis":5}],"next":4}""");
        LogPage page = client.logs("p-1", 3, 100, Duration.ofMillis(1500));
        assertThat(page.next()).isEqualTo(4);
        assertThat(page.lines()).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("tick 4");
            assertThat(line.generation()).isEqualTo(1);
        });
        var request = stub.received();
        assertThat(request.rawPath()).isEqualTo("/api/programs/p-1/logs");
        assertThat(request.rawQuery()).isEqualTo("after=3&limit=100&wait=2");

        stub.answer(200, "{\"lines\":[],\"next\":3}");
        assertThat(client.logs("p-1", 3, 10, Duration.ZERO).lines()).isEmpty();
        assertThat(stub.received().rawQuery()).isEqualTo("after=3&limit=10");
        assertThat(ColonyClient.logsTimeout(30)).isEqualTo(Duration.ofSeconds(40));
        assertThat(ColonyClient.logsTimeout(0)).isEqualTo(Duration.ofSeconds(60));
        assertThatThrownBy(() -> client.logs("p-1", -1, 10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nonJsonAndEmptyErrorBodiesStillGiveOneClearLine() {
        stub.answer(502, "text/html", "<html>\n<body>Bad Gateway</body>\n</html>".getBytes(StandardCharsets.UTF_8));
        var html = catchThrowableOfType(ColonyApiException.class, () -> client.programs());
        assertThat(html.status()).isEqualTo(502);
        assertThat(html.type()).isEqualTo(ColonyApiException.UNEXPECTED_RESPONSE);
        assertThat(html.getMessage()).isEqualTo("HTTP 502 from the coordinator at " + stub.url() + ": <html> <body>Bad Gateway</body> </html>");

        stub.answer(401, "text/plain", new byte[0]);
        assertThat(catchThrowableOfType(ColonyApiException.class, () -> client.programs()).getMessage())
            .isEqualTo("HTTP 401 from the coordinator at " + stub.url() + " (empty body)");
    }

    @Test
    void hostileAnswersAreRefusedOrDefused() {
        stub.answer(409, "{\"error\":{\"type\":\"conflict\",\"message\":\"bad\\u001b[31m red\\nsecond line\"}}");
        assertThat(catchThrowableOfType(ColonyApiException.class, () -> client.kill("x")).getMessage())
            .isEqualTo("bad [31m red second line");

        stub.answer(200, "{\"engines\":[{\"name\":");
        var truncated = catchThrowableOfType(ColonyApiException.class, () -> client.engines());
        assertThat(truncated.type()).isEqualTo(ColonyApiException.UNEXPECTED_RESPONSE);
        assertThat(truncated.getMessage()).startsWith("the coordinator at " + stub.url() + " sent a bad answer: malformed Engines");

        stub.answer(200, "null");
        assertThat(catchThrowableOfType(ColonyApiException.class, () -> client.program("x")).getMessage())
            .endsWith("sent null instead of ProgramView");

        stub.answer(200, "application/json", new byte[RestTransport.MAX_ANSWER_BYTES + 10]);
        assertThat(catchThrowableOfType(ColonyApiException.class, () -> client.programs()).getMessage())
            .endsWith("answered with more than " + RestTransport.MAX_ANSWER_BYTES + " bytes");
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + port);
        var e = catchThrowableOfType(ColonyUnreachableException.class, () -> ColonyClient.connect(url, "t").engines());
        assertThat(e.getMessage()).isEqualTo("cannot reach the coordinator at " + url + ": connection refused");
        assertThat(e.coordinator()).isEqualTo(url);
    }

    @Test
    void refusesUnusableUrlsAndTokens() {
        assertThatThrownBy(() -> ColonyClient.connect(URI.create("ftp://host:21"), "t"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://HOST:PORT");
        assertThatThrownBy(() -> ColonyClient.connect(URI.create("http:relative"), "t"))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ColonyClient.connect(URI.create("http://h:1/?q=1"), "t"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no query");
        assertThatThrownBy(() -> ColonyClient.connect(URI.create("http://h:1"), "tok\nen"))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("admin token");
    }
}
