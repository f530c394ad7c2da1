package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1 GiB through {@code /api/fs} and through {@code colony fs put/get}, to and from a coordinator in
 * its own JVM with a 96 MiB heap: uploads and downloads must stream. The bytes are generated on the
 * fly and compared by SHA-256, never held.
 */
@Tag("slow")
@Timeout(600)
class FsStreamingProcessTest {
  private static final long SIZE = 1L << 30;

  @TempDir Path dir;

  @Test
  void oneGibibyteStreamsThroughACoordinatorWithA96MiBHeap() throws Exception {
    Path data = dir.resolve("data");
    try (UpProcess up = UpProcess.start(dir, data, List.of("-Xmx96m"))) {
      URI url = up.url();
      String token = Files.readString(data.resolve("admin.token")).strip();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

      Generated upload = new Generated(SIZE, 42);
      HttpResponse<String> put = http.send(HttpRequest.newBuilder(url.resolve("/api/fs/big.bin"))
          .header("Authorization", "Bearer " + token)
          .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> upload)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
      assertThat(put.body()).contains("\"size\":" + SIZE);

      HttpResponse<InputStream> get = http.send(HttpRequest.newBuilder(url.resolve("/api/fs/big.bin"))
          .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(get.headers().firstValueAsLong("Content-Length")).hasValue(SIZE);
      assertThat(drain(get.body())).isEqualTo(new Digest(SIZE, upload.sha256()));
      assertThat(up.isAlive()).as("the coordinator survived: %s", up.stderr()).isTrue();

      // the same through the CLI, from and to local files
      Path local = dir.resolve("local.bin");
      Generated file = new Generated(SIZE, 7);
      try (OutputStream copy = Files.newOutputStream(local)) {
        file.transferTo(copy);
      }
      InProcessColony colony = new InProcessColony(Map.of("COLONY_URL", url.toString(), "COLONY_TOKEN", token), dir);
      var cliPut = colony.run("fs", "put", local.toString(), "/big-cli.bin", "--progress");
      assertThat(cliPut.exitCode()).as(cliPut.stderr()).isZero();
      assertThat(cliPut.stderr()).contains("100%  1.0 GiB / 1.0 GiB");
      Files.delete(local);
      Path back = dir.resolve("back.bin");
      var cliGet = colony.run("fs", "get", "/big-cli.bin", back.toString(), "--quiet");
      assertThat(cliGet.exitCode()).as(cliGet.stderr()).isZero();
      try (InputStream in = Files.newInputStream(back)) {
        assertThat(drain(in)).isEqualTo(new Digest(SIZE, file.sha256()));
      }
      assertThat(up.isAlive()).as("the coordinator survived: %s", up.stderr()).isTrue();
      assertThat(up.stderr()).doesNotContain("OutOfMemoryError");
    }
  }

  record Digest(long bytes, String sha256) {}

  private static Digest drain(InputStream body) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    long total = 0;
    try (InputStream in = new DigestInputStream(body, sha)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
      }
    }
    return new Digest(total, HexFormat.of().formatHex(sha.digest()));
  }

  /** {@code size} pseudo-random bytes made as they are read, hashed on the way. */
  private static final class Generated extends InputStream {
    private final MessageDigest sha;
    private long remaining;
    private long state;

    Generated(long size, long seed) throws Exception {
      this.sha = MessageDigest.getInstance("SHA-256");
      this.remaining = size;
      this.state = seed * 0x9E3779B97F4A7C15L + 1;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (remaining == 0) {
        return -1;
      }
      int n = (int) Math.min(length, remaining);
      for (int i = 0; i < n; i++) {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        buffer[offset + i] = (byte) state;
      }
      sha.update(buffer, offset, n);
      remaining -= n;
      return n;
    }

    String sha256() throws IOException {
      if (remaining != 0) {
        throw new IOException("not read to the end: " + remaining + " bytes left");
      }
      return HexFormat.of().formatHex(sha.digest());
    }
  }
}
