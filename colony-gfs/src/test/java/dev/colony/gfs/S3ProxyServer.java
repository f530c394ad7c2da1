package dev.colony.gfs;

import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** A real S3 service in this JVM (s3proxy, objects in memory) on 127.0.0.1, for the S3 tests. */
public final class S3ProxyServer implements AutoCloseable {

    static final String ACCESS_KEY = "colony-test";
    static final String SECRET_KEY = "colony-test-secret";

    private final S3Proxy proxy;
    private final URI endpoint;
    private final S3Client admin;
    private final AtomicInteger buckets = new AtomicInteger();

    private S3ProxyServer(S3Proxy proxy) {
        this.proxy = proxy;
        this.endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        this.admin = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .endpointOverride(endpoint)
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }

    public static S3ProxyServer start() throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
            }
            Thread.sleep(10);
        }
        return new S3ProxyServer(proxy);
    }

    URI endpoint() {
        return endpoint;
    }

    /** A client with full access, to set the scene the store under test finds. */
    S3Client admin() {
        return admin;
    }

    /** Creates an empty bucket and returns its name. */
    public String newBucket() {
        String bucket = "colony-" + buckets.incrementAndGet();
        admin.createBucket(request -> request.bucket(bucket));
        return bucket;
    }

    /** The URL of {@code bucket/prefix} on this server, with these credentials. */
    String url(String bucket, String prefix, String accessKey, String secretKey) {
        return "s3://" + bucket + "/" + prefix + "?endpoint=" + endpoint + "&path-style=true&region=us-east-1"
                + "&access-key=" + accessKey + "&secret-key=" + secretKey;
    }

    public String url(String bucket, String prefix) {
        return url(bucket, prefix, ACCESS_KEY, SECRET_KEY);
    }

    @Override
    public void close() throws Exception {
        admin.close();
        proxy.stop();
    }
}
