package dev.colony.gfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The blob store contract on a real S3 service (s3proxy in this JVM), and its failures. */
class S3BlobStoreTest extends BackingBlobStoreContractTest {

    private static S3ProxyServer s3;
    private final List<S3BlobStore> opened = new ArrayList<>();
    private String bucket;

    @BeforeAll
    static void startS3() throws Exception {
        s3 = S3ProxyServer.start();
    }

    @AfterAll
    static void stopS3() throws Exception {
        s3.close();
    }

    @Override
    protected BlobStore newStore() {
        bucket = s3.newBucket();
        return open(s3.url(bucket, "gfs/blobs"));
    }

    @AfterEach
    void closeStores() {
        opened.forEach(S3BlobStore::close);
    }

    @Test
    void blobsAreObjectsUnderThePrefix() {
        String hash = store().put(new byte[] {1, 2});
        List<String> keys = s3.admin().listObjectsV2(request -> request.bucket(bucket)).contents().stream().map(S3Object::key).toList();
        assertThat(keys).containsExactly("gfs/blobs/" + hash);
        // another prefix in the same bucket is another store
        assertThat(open(s3.url(bucket, "other")).exists(hash)).isFalse();
        assertThat(open("s3://" + bucket + "//gfs/blobs/?endpoint=" + s3.endpoint() + "&path-style=true&access-key="
                + S3ProxyServer.ACCESS_KEY + "&secret-key=" + S3ProxyServer.SECRET_KEY).get(hash)).hasValue(new byte[] {1, 2});
    }

    @Test
    void aCorruptedObjectIsReportedNotReturned() {
        String hash = store().put(new byte[] {1, 2, 3});
        s3.admin().putObject(request -> request.bucket(bucket).key("gfs/blobs/" + hash), RequestBody.fromBytes(new byte[] {1, 2, 4}));
        assertThatThrownBy(() -> store().get(hash))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageContaining("blob " + hash + " in s3://" + bucket + "/gfs/blobs at " + s3.endpoint() + " is corrupt");
    }

    @Test
    void aMissingBucketIsAClearError() {
        assertThatThrownBy(() -> open(s3.url("no-such-bucket", "x")))
                .isInstanceOf(BlobStoreException.class)
                .hasMessage("S3 s3://no-such-bucket/x at " + s3.endpoint() + ": cannot use the bucket: the bucket no-such-bucket does not exist");
    }

    @Test
    void wrongCredentialsAreAClearErrorThatShowsNoSecret() {
        assertThatThrownBy(() -> open(s3.url(s3.newBucket(), "x", S3ProxyServer.ACCESS_KEY, "guessed-secret")))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageContaining("access denied (check the credentials")
                .hasMessageNotContaining("guessed-secret");
        assertThatThrownBy(() -> open(s3.url(s3.newBucket(), "x", "nobody", "guessed-secret")))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageContaining("access denied");
    }

    @Test
    void anUnreachableServiceIsAClearError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "s3://bucket/x?endpoint=http://127.0.0.1:" + port + "&path-style=true&access-key=a&secret-key=b";
        assertThatThrownBy(() -> open(url))
                .isInstanceOf(BlobStoreException.class)
                .hasMessageStartingWith("S3 s3://bucket/x at http://127.0.0.1:" + port + ": cannot use the bucket: ");
    }

    @Test
    void refusesMalformedUrls() {
        String endpoint = "&endpoint=" + s3.endpoint();
        for (String[] bad : new String[][] {
                {"s3://", "bad S3 bucket name ''"},
                {"s3://Upper_Case/x", "bad S3 bucket name 'Upper_Case'"},
                {"s3://ab", "bad S3 bucket name 'ab'"},
                {"s3://bucket/../x", "bad S3 key prefix '../x'"},
                {"s3://bucket/a//b", "bad S3 key prefix 'a//b'"},
                {"s3://bucket/x?acess-key=a", "unknown S3 URL parameter 'acess-key'"},
                {"s3://bucket/x?region=", "S3 URL parameter 'region' needs a value"},
                {"s3://bucket/x?region=a&region=b", "S3 URL parameter 'region' given twice"},
                {"s3://bucket/x?access-key=a" + endpoint, "access-key and secret-key go together"},
                {"s3://bucket/x?endpoint=ftp://host", "bad S3 endpoint 'ftp://host'"},
                {"s3://bucket/x?path-style=yes", "path-style must be true or false: yes"},
                {"http://bucket/x", "bad S3 URL 'http://bucket/x'"}}) {
            assertThatThrownBy(() -> open(bad[0])).as(bad[0]).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad[1]);
        }
    }

    private S3BlobStore open(String url) {
        S3BlobStore store = S3BlobStore.open(url);
        opened.add(store);
        return store;
    }
}
