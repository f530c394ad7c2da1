package dev.colony.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.gfs.fs.FsError;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.api.ApiError;
import dev.colony.protocol.api.DirectoryView;
import dev.colony.protocol.api.FileView;
import dev.colony.protocol.api.FsErrorType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/fs} route by route against a real coordinator (embedded H2 and disk blobs, no
 * engines): every status of docs/gfs.md, ranges, ETags and conditions, tokens, hostile input, and
 * concurrent conditional writers. Each test works under a directory of its own.
 */
class FsRestApiTest {

    private static final JsonCodec JSON = new JsonCodec(16 << 20);
    private static final AtomicInteger DIRECTORIES = new AtomicInteger();

    @TempDir
    static Path dataDir;
    static Coordinator coordinator;
    static Http http;
    static String admin;
    static GlobalFileSystem fs;

    @BeforeAll
    static void start() {
        coordinator = Coordinator.start(CoordinatorOptions.defaults(dataDir).withHttpPort(0).withMqttPort(0).withEngines(0));
        http = new Http(coordinator.url());
        admin = coordinator.adminToken();
        fs = coordinator.fileSystem();
    }

    @AfterAll
    static void stop() {
        coordinator.close();
    }

    /** A fresh directory for one test; returns its URL path, e.g. {@code /api/fs/t3}. */
    private static String newDirectory() {
        String name = "t" + DIRECTORIES.incrementAndGet();
        fs.mkdir(FsPath.parse("/" + name), false);
        return "/api/fs/" + name;
    }

    private static Http.Answer send(String method, String path, Map<String, String> headers, byte[] body) {
        return http.sendRaw(method, path, admin, headers, body);
    }

    private static Http.Answer get(String path, String... headers) {
        return send("GET", path, headers(headers), null);
    }

    private static Http.Answer put(String path, String body, String... headers) {
        return send("PUT", path, headers(headers), body.getBytes(StandardCharsets.UTF_8));
    }

    private static Http.Answer post(String path, String body, String... headers) {
        return send("POST", path, headers(headers), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> headers(String... pairs) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], pairs[i + 1]);
        }
        return headers;
    }

    private static FileView stat(Http.Answer answer) {
        FileView view = JSON.decode(answer.bytes(), FileView.class);
        assertThat(answer.header("ETag")).isEqualTo("\"" + view.version() + "\"");
        return view;
    }

    static void assertError(Http.Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/json");
        ApiError error = JSON.decode(answer.bytes(), ApiError.class);
        assertThat(error.error().type()).isEqualTo(type);
        assertThat(error.error().message()).isNotBlank().doesNotContain("\n");
    }

    @Test
    void putThenGetHeadAndStatAFile() {
        String dir = newDirectory();
        Http.Answer created = put(dir + "/hello.txt", "héllo");
        assertThat(created.status()).isEqualTo(201);
        FileView first = stat(created);
        assertThat(first.path()).isEqualTo(dir.substring("/api/fs".length()) + "/hello.txt");
        assertThat(first.name()).isEqualTo("hello.txt");
        assertThat(first.kind()).isEqualTo("file");
        assertThat(first.size()).isEqualTo("héllo".getBytes(StandardCharsets.UTF_8).length);
        assertThat(first.mtimeMillis()).isPositive();

        Http.Answer replaced = put(dir + "/hello.txt", "bonjour");
        assertThat(replaced.status()).isEqualTo(200);
        FileView second = stat(replaced);
        assertThat(second.version()).isGreaterThan(first.version());

        Http.Answer read = get(dir + "/hello.txt");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("bonjour");
        assertThat(read.contentType()).isEqualTo("application/octet-stream");
        assertThat(read.header("ETag")).isEqualTo("\"" + second.version() + "\"");
        assertThat(read.header("Accept-Ranges")).isEqualTo("bytes");
        assertThat(read.header("Last-Modified")).endsWith(" GMT");

        assertThat(stat(get(dir + "/hello.txt?stat"))).isEqualTo(second);
        Http.Answer head = send("HEAD", dir + "/hello.txt", Map.of(), null);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.bytes()).isEmpty();
        assertThat(head.header("Content-Length")).isEqualTo("7");
        assertThat(head.header("ETag")).isEqualTo(read.header("ETag"));
        assertThat(send("HEAD", dir + "/none", Map.of(), null).status()).isEqualTo(404);
        assertError(get(dir + "/none"), 404, "no-such-file");

        Http.Answer notModified = get(dir + "/hello.txt", "If-None-Match", read.header("ETag"));
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.bytes()).isEmpty();
        assertThat(get(dir + "/hello.txt", "If-None-Match", "\"1\"").status()).isEqualTo(200);
    }

    @Test
    void binaryContentsRoundTripByteForByte() {
        String dir = newDirectory();
        byte[] bytes = new byte[3 * (1 << 20) + 17];
        new Random(7).nextBytes(bytes);
        assertThat(send("PUT", dir + "/bin", Map.of(), bytes).status()).isEqualTo(201);
        assertThat(get(dir + "/bin").bytes()).isEqualTo(bytes);
        assertThat(send("PUT", dir + "/empty", Map.of(), new byte[0]).status()).isEqualTo(201);
        Http.Answer empty = get(dir + "/empty");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.bytes()).isEmpty();
    }

    @Test
    void directoriesAreMadeListedSortedAndRemoved() {
        String dir = newDirectory();
        Http.Answer made = put(dir + "/d?mkdir", "");
        assertThat(made.status()).isEqualTo(201);
        assertThat(stat(made).kind()).isEqualTo("directory");
        assertError(put(dir + "/d?mkdir", ""), 409, "file-exists");
        assertError(put(dir + "/x/y?mkdir", ""), 404, "no-such-file");
        assertThat(put(dir + "/a/b/c?mkdir&recursive", "").status()).isEqualTo(201);
        assertThat(put(dir + "/a/b/c?mkdir&recursive", "").status()).isEqualTo(200);
        put(dir + "/b.txt", "bb");

        Http.Answer listing = get(dir);
        assertThat(listing.status()).isEqualTo(200);
        assertThat(listing.contentType()).startsWith("application/json");
        assertThat(listing.header("ETag")).isNotBlank();
        DirectoryView view = JSON.decode(listing.bytes(), DirectoryView.class);
        assertThat(view.path()).isEqualTo(dir.substring("/api/fs".length()));
        assertThat(view.entries()).extracting(FileView::name).containsExactly("a", "b.txt", "d");
        assertThat(view.entries()).extracting(FileView::kind).containsExactly("directory", "file", "directory");
        assertThat(get(dir + "/").body()).isEqualTo(listing.body());

        for (String root : List.of("/api/fs", "/api/fs/")) {
            assertThat(get(root).status()).as(root + ": " + get(root).body()).isEqualTo(200);
            DirectoryView top = JSON.decode(get(root).bytes(), DirectoryView.class);
            assertThat(top.path()).isEqualTo("/");
            assertThat(top.entries()).extracting(FileView::path).contains(dir.substring("/api/fs".length()));
        }

        assertError(send("DELETE", dir + "/a", Map.of(), null), 409, "directory-not-empty");
        assertThat(send("DELETE", dir + "/a?recursive", Map.of(), null).status()).isEqualTo(204);
        assertThat(send("DELETE", dir + "/d", Map.of(), null).status()).isEqualTo(204);
        assertThat(send("DELETE", dir + "/b.txt", Map.of(), null).status()).isEqualTo(204);
        assertError(send("DELETE", dir + "/b.txt", Map.of(), null), 404, "no-such-file");
        assertThat(JSON.decode(get(dir).bytes(), DirectoryView.class).entries()).isEmpty();
        assertError(send("DELETE", "/api/fs?recursive", Map.of(), null), 400, "invalid-path");
    }

    @Test
    void rangesGiveOneRangeOr416() {
        String dir = newDirectory();
        put(dir + "/r", "0123456789");
        Http.Answer middle = get(dir + "/r", "Range", "bytes=2-5");
        assertThat(middle.status()).isEqualTo(206);
        assertThat(middle.body()).isEqualTo("2345");
        assertThat(middle.header("Content-Range")).isEqualTo("bytes 2-5/10");
        assertThat(middle.header("ETag")).isNotBlank();
        assertThat(get(dir + "/r", "Range", "bytes=7-").body()).isEqualTo("789");
        assertThat(get(dir + "/r", "Range", "bytes=-3").body()).isEqualTo("789");
        assertThat(get(dir + "/r", "Range", "bytes=-30").body()).isEqualTo("0123456789");
        Http.Answer clamped = get(dir + "/r", "Range", "bytes=8-100");
        assertThat(clamped.body()).isEqualTo("89");
        assertThat(clamped.header("Content-Range")).isEqualTo("bytes 8-9/10");

        Http.Answer past = get(dir + "/r", "Range", "bytes=10-");
        assertError(past, 416, "range-not-satisfiable");
        assertThat(past.header("Content-Range")).isEqualTo("bytes */10");
        assertError(get(dir + "/r", "Range", "bytes=-0"), 416, "range-not-satisfiable");
        for (String bad : List.of("bytes=5-2", "bytes=0-1,3-4", "items=0-1", "bytes=-", "bytes=a-b", "bytes=99999999999999999999-")) {
            assertError(get(dir + "/r", "Range", bad), 400, "invalid-query");
        }
    }

    @Test
    void ifMatchAndIfNoneMatchRefuseWithNothingChanged() {
        String dir = newDirectory();
        long v1 = stat(put(dir + "/p", "one")).version();
        long v2 = stat(put(dir + "/p", "two", "If-Match", "\"" + v1 + "\"")).version();
        assertError(put(dir + "/p", "lost", "If-Match", "\"" + v1 + "\""), 412, "version-mismatch");
        assertError(post(dir + "/p?append", "lost", "If-Match", "\"" + v1 + "\""), 412, "version-mismatch");
        assertError(post(dir + "/p?truncate=0", null, "If-Match", "\"" + v1 + "\""), 412, "version-mismatch");
        assertError(send("DELETE", dir + "/p", headers("If-Match", "\"" + v1 + "\""), null), 412, "version-mismatch");
        assertError(get(dir + "/p", "If-Match", "\"" + v1 + "\""), 412, "version-mismatch");
        assertError(put(dir + "/p", "lost", "If-None-Match", "*"), 412, "file-exists");
        assertError(put(dir + "/q", "lost", "If-Match", "\"" + v1 + "\""), 404, "no-such-file");
        assertThat(get(dir + "/p").body()).isEqualTo("two");
        assertThat(stat(get(dir + "/p?stat")).version()).isEqualTo(v2);
        assertError(get(dir + "/q"), 404, "no-such-file");

        assertThat(put(dir + "/q", "new", "If-None-Match", "*").status()).isEqualTo(201);
        assertThat(get(dir + "/p", "If-Match", "\"" + v2 + "\"").body()).isEqualTo("two");
        assertThat(send("DELETE", dir + "/p", headers("If-Match", "\"" + v2 + "\""), null).status()).isEqualTo(204);
        for (String bad : List.of("42", "\"x\"", "W/\"3\"", "*", "\"1\", \"2\"")) {
            assertError(put(dir + "/q", "x", "If-Match", bad), 400, "invalid-query");
        }
        assertError(put(dir + "/q", "x", "If-None-Match", "\"3\""), 400, "invalid-query");
        assertError(put(dir + "/q", "x", "If-None-Match", "*", "If-Match", "\"3\""), 400, "invalid-query");
        assertThat(get(dir + "/q").body()).isEqualTo("new");
    }

    @Test
    void appendTruncateMoveAndCopy() {
        String dir = newDirectory();
        Http.Answer appended = post(dir + "/log?append", "a");
        assertThat(appended.status()).isEqualTo(200);
        assertThat(stat(appended).size()).isEqualTo(1);
        post(dir + "/log?append", "bc");
        assertThat(get(dir + "/log").body()).isEqualTo("abc");

        Http.Answer cut = post(dir + "/log?truncate=1", null);
        assertThat(cut.status()).isEqualTo(200);
        assertThat(stat(cut).size()).isEqualTo(1);
        assertThat(stat(post(dir + "/log?truncate=4", null)).size()).isEqualTo(4);
        assertThat(get(dir + "/log").bytes()).isEqualTo(new byte[] {'a', 0, 0, 0});
        for (String bad : List.of("-1", "x", "", "1e3", "99999999999999999999")) {
            assertError(post(dir + "/log?truncate=" + bad, null), 400, "invalid-query");
        }

        String fsDir = dir.substring("/api/fs".length());
        Http.Answer moved = post(dir + "/log?move=" + fsDir + "/moved", null);
        assertThat(moved.status()).isEqualTo(200);
        assertThat(stat(moved).path()).isEqualTo(fsDir + "/moved");
        assertError(get(dir + "/log"), 404, "no-such-file");
        Http.Answer copied = post(dir + "/moved?copy=" + fsDir + "/copy%20one", null);
        assertThat(copied.status()).isEqualTo(201);
        assertThat(stat(copied).name()).isEqualTo("copy one");
        assertThat(get(dir + "/copy%20one").bytes()).isEqualTo(new byte[] {'a', 0, 0, 0});
        assertError(post(dir + "/moved?copy=" + fsDir + "/copy%20one", null, "If-None-Match", "*"), 412, "file-exists");
        assertError(post(dir + "/moved?copy=" + fsDir + "/x", null, "If-Match", "\"1\""), 400, "invalid-query");
        assertError(post(dir + "/moved?move=" + fsDir + "/moved/inside", null), 400, "invalid-path");
        assertError(post(dir + "/moved?move=", null), 400, "invalid-path");
        assertError(post(dir + "/moved?move=/..", null), 400, "invalid-path");
        assertError(post(dir + "/moved", null), 400, "invalid-query");
        assertError(post(dir + "/moved?append&truncate=1", null), 400, "invalid-query");
        assertError(post(dir + "/moved?move=/a&copy=/b", null), 400, "invalid-query");
    }

    @Test
    void everyFileSystemErrorHasItsStatusAndType() {
        String dir = newDirectory();
        put(dir + "/f", "x");
        put(dir + "/d?mkdir", "");
        put(dir + "/d/inner", "y");
        assertError(put(dir + "/f/child", "y"), 409, "not-a-directory");
        assertError(get(dir + "/f/child"), 409, "not-a-directory");
        assertError(put(dir + "/d", "y"), 409, "is-a-directory");
        assertError(post(dir + "/d?append", "y"), 409, "is-a-directory");
        assertError(send("DELETE", dir + "/d", headers("If-Match", "\"1\""), null), 409, "is-a-directory");
        assertError(send("DELETE", dir + "/d", Map.of(), null), 409, "directory-not-empty");
        assertError(put(dir + "/none/child", "y"), 404, "no-such-file");
        assertError(put(dir + "/f?mkdir", ""), 409, "file-exists");
        assertError(post(dir + "/d?move=" + dir.substring("/api/fs".length()) + "/d/below", null), 400, "invalid-path");
        assertThat(get(dir + "/f").body()).isEqualTo("x");
        assertThat(get(dir + "/d/inner").body()).isEqualTo("y");
    }

    @Test
    void aMissingOrWrongTokenChangesNothingAndTheClusterTokenWorks() {
        String dir = newDirectory();
        put(dir + "/kept", "kept");
        for (String token : new String[] {null, "wrong", admin + "x", ""}) {
            for (String[] request : List.of(new String[] {"GET", dir + "/kept"}, new String[] {"HEAD", dir + "/kept"},
                new String[] {"PUT", dir + "/kept"}, new String[] {"PUT", dir + "/new"}, new String[] {"PUT", dir + "/nd?mkdir"},
                new String[] {"POST", dir + "/kept?append"}, new String[] {"POST", dir + "/kept?move=/stolen"},
                new String[] {"DELETE", dir + "/kept"}, new String[] {"GET", "/api/fs"})) {
                Http.Answer answer = http.sendRaw(request[0], request[1], token, Map.of(), "evil".getBytes());
                assertThat(answer.status()).as(request[0] + " " + request[1]).isEqualTo(401);
                if (!request[0].equals("HEAD")) {
                    assertError(answer, 401, "unauthorized");
                }
            }
        }
        assertThat(fs.readAll(FsPath.parse(dir.substring("/api/fs".length()) + "/kept"))).isEqualTo("kept".getBytes());
        assertThat(fs.list(FsPath.parse(dir.substring("/api/fs".length())))).hasSize(1);
        assertThat(fs.find(FsPath.parse("/stolen"))).isEmpty();

        String cluster = coordinator.clusterToken();
        assertThat(http.sendRaw("PUT", dir + "/by-engine", cluster, Map.of(), "e".getBytes()).status()).isEqualTo(201);
        assertThat(http.sendRaw("GET", dir + "/by-engine", cluster, Map.of(), null).body()).isEqualTo("e");
        assertError(http.sendRaw("GET", "/api/engines", cluster, Map.of(), null), 401, "unauthorized");
    }

    @Test
    void hostilePathsAndQueriesAreRefusedAndChangeNothing() {
        String dir = newDirectory();
        String fsDir = dir.substring("/api/fs".length());
        put(dir + "/safe", "safe");
        for (String path : List.of(dir + "/..%2F..%2Fescape", "/api/fs/..%2F..", dir + "/a%2Fb", dir + "/%C3%28",
            dir + "/%01ctl", dir + "/" + "n".repeat(256), dir + ("/" + "p".repeat(200)).repeat(21), "/api/fs/%2E%2E")) {
            Http.Answer answer = send("PUT", path, Map.of(), "x".getBytes());
            assertError(answer, 400, "invalid-path");
        }
        Http.Answer nul = send("PUT", dir + "/nul%00name", Map.of(), "x".getBytes());
        assertThat(nul.status()).isEqualTo(400);
        Http.Answer dots = send("PUT", dir + "/../../../escape", Map.of(), "x".getBytes());
        assertThat(dots.status()).isIn(400, 404);

        for (String query : List.of("?unknown", "?stat=yes", "?stat&stat", "?mkdir", "?recursive", "?%C3%28")) {
            assertError(get(dir + "/safe" + query), 400, "invalid-query");
        }
        assertError(put(dir + "/safe?recursive", "x"), 400, "invalid-query");
        assertError(put(dir + "/safe?append", "x"), 400, "invalid-query");
        assertError(send("DELETE", dir + "/safe?mkdir", Map.of(), null), 400, "invalid-query");
        assertError(send("DELETE", dir + "/safe", headers("If-None-Match", "*"), null), 400, "invalid-query");
        for (String method : List.of("PATCH", "OPTIONS", "TRACE")) {
            Http.Answer answer = send(method, dir + "/safe", Map.of(), null);
            assertThat(answer.status()).as(method).isIn(404, 400, 405);
            assertThat(answer.status()).as(method).isLessThan(500);
        }
        assertError(send("PATCH", dir + "/safe", Map.of(), null), 404, "unknown-route");

        assertThat(fs.list(FsPath.parse(fsDir))).extracting(s -> s.name()).containsExactly("safe");
        assertThat(fs.list(FsPath.ROOT)).extracting(s -> s.name()).doesNotContain("escape");
        assertThat(get(dir + "/safe").body()).isEqualTo("safe");
    }

    @Test
    void aFailingStoreIs503AndTheNextRequestWorksAgain() throws Exception {
        String dir = newDirectory();
        Path blobs = dataDir.resolve("blobs");
        Path away = dataDir.resolve("blobs-away");
        Files.move(blobs, away);
        Files.writeString(blobs, "not a directory");
        byte[] big = new byte[2 << 20];
        new Random(3).nextBytes(big);
        try {
            assertError(send("PUT", dir + "/big", Map.of(), big), 503, "store-unavailable");
        } finally {
            Files.delete(blobs);
            Files.move(away, blobs);
        }
        assertError(get(dir + "/big"), 404, "no-such-file");
        assertThat(send("PUT", dir + "/big", Map.of(), big).status()).isEqualTo(201);
        assertThat(get(dir + "/big").bytes()).isEqualTo(big);
    }

    /** 8 clients, 100 increments each, read-modify-write with If-Match on one counter: none lost. */
    @Test
    void concurrentConditionalIncrementsLoseNothing() throws Exception {
        String counter = newDirectory() + "/counter";
        put(counter, "0");
        int clients = 8;
        int increments = 100;
        AtomicInteger conflicts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    Http own = new Http(coordinator.url());
                    for (int i = 0; i < increments; i++) {
                        while (true) {
                            Http.Answer read = own.sendRaw("GET", counter, admin, Map.of(), null);
                            assertThat(read.status()).isEqualTo(200);
                            long next = Long.parseLong(read.body()) + 1;
                            Http.Answer write = own.sendRaw("PUT", counter, admin, Map.of("If-Match", read.header("ETag")),
                                Long.toString(next).getBytes());
                            if (write.status() == 200) {
                                break;
                            }
                            assertError(write, 412, "version-mismatch");
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(get(counter).body()).isEqualTo(Integer.toString(clients * increments));
        System.out.println("8×100 conditional increments over REST: " + conflicts.get() + " answered 412 and retried");
    }

    @Test
    void everyFsErrorHasItsRestType() {
        assertThat(Arrays.stream(FsError.values()).map(e -> FsErrorType.valueOf(e.name()).name()))
            .containsExactly(Arrays.stream(FsErrorType.values()).map(Enum::name).toArray(String[]::new));
    }
}
