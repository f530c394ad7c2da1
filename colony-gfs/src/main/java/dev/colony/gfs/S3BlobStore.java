package dev.colony.gfs;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.auth.credentials.SystemPropertyCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Blobs as objects of an S3 bucket (AWS, or any S3 service such as MinIO with {@code endpoint} and
 * {@code path-style=true}), one object per blob under {@code PREFIX/HASH}. A PUT is atomic in S3: a
 * reader sees the whole object or none. Bytes read are checked against their hash, so a corrupted
 * object is reported, never returned.
 *
 * <p>Credentials: {@code access-key} and {@code secret-key} in the URL, else {@code AWS_ACCESS_KEY_ID}
 * / {@code AWS_SECRET_ACCESS_KEY} (/ {@code AWS_SESSION_TOKEN}), else the system properties
 * {@code aws.accessKeyId} / {@code aws.secretAccessKey}, else the AWS profile ({@code AWS_PROFILE},
 * {@code ~/.aws/credentials}). The region: {@code region} in the URL, else {@code AWS_REGION}, else
 * us-east-1.
 */
public final class S3BlobStore extends WritingBlobStore implements AutoCloseable {

    private final S3Client s3;
    private final S3Location location;

    private S3BlobStore(S3Client s3, S3Location location) {
        this.s3 = s3;
        this.location = location;
    }

    /**
     * Connects to the bucket {@code url} names and checks that it is there and readable: fails with a
     * {@link BlobStoreException} saying which when it is missing, access is denied or the service
     * cannot be reached, and with an {@link IllegalArgumentException} when the URL is malformed.
     */
    public static S3BlobStore open(String url) {
        S3Location location = S3Location.parse(url, System.getenv("AWS_REGION"));
        S3Client s3 = client(location);
        try {
            S3BlobStore store = new S3BlobStore(s3, location);
            store.checkBucket();
            return store;
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
    }

    @Override
    public Optional<byte[]> get(String hash) {
        BlobHashes.require(hash);
        byte[] bytes;
        try {
            bytes = s3.getObjectAsBytes(request -> request.bucket(location.bucket()).key(location.key(hash))).asByteArrayUnsafe();
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (SdkException e) {
            throw failure("cannot read blob " + hash, e);
        }
        String actual = BlobHashes.of(bytes);
        if (!actual.equals(hash)) {
            throw new BlobStoreException("blob " + hash + " in " + location + " is corrupt: its bytes hash to " + actual);
        }
        return Optional.of(bytes);
    }

    @Override
    public boolean exists(String hash) {
        BlobHashes.require(hash);
        try {
            s3.headObject(request -> request.bucket(location.bucket()).key(location.key(hash)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) { // HEAD answers carry no error code, only the status
                return false;
            }
            throw failure("cannot look up blob " + hash, e);
        } catch (SdkException e) {
            throw failure("cannot look up blob " + hash, e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    @Override
    void write(String hash, byte[] bytes) {
        if (exists(hash)) {
            return;
        }
        try {
            // the provider hands out the caller's array: no copy of a large blob
            s3.putObject(request -> request.bucket(location.bucket()).key(location.key(hash)).contentLength((long) bytes.length),
                    RequestBody.fromContentProvider(() -> new ByteArrayInputStream(bytes), bytes.length, "application/octet-stream"));
        } catch (SdkException e) {
            throw failure("cannot write blob " + hash, e);
        }
    }

    private void checkBucket() {
        try {
            s3.headBucket(request -> request.bucket(location.bucket()));
        } catch (SdkException e) {
            throw failure("cannot use the bucket", e);
        }
    }

    /** Turns the SDK's failures into one line that says what to fix. */
    private BlobStoreException failure(String what, SdkException e) {
        String reason;
        if (e instanceof S3Exception s3Error) {
            reason = switch (s3Error.statusCode()) {
                case 403 -> "access denied (check the credentials and the bucket's permissions)";
                case 404 -> "the bucket " + location.bucket() + " does not exist";
                case 301 -> "the bucket is in another region than " + location.region() + " (set region=…)";
                default -> "HTTP " + s3Error.statusCode()
                        + (s3Error.awsErrorDetails() == null ? "" : " " + s3Error.awsErrorDetails().errorMessage());
            };
        } else {
            reason = e.getMessage();
        }
        return new BlobStoreException("S3 " + location + ": " + what + ": " + reason, e);
    }

    private static S3Client client(S3Location location) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(location.region()))
                .credentialsProvider(credentials(location))
                .forcePathStyle(location.pathStyle());
        if (location.endpoint() != null) {
            builder.endpointOverride(location.endpoint());
        }
        return builder.build();
    }

    /** Not the SDK's default chain: that one also asks the EC2/ECS metadata services over the network. */
    private static AwsCredentialsProvider credentials(S3Location location) {
        if (location.accessKey() != null) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(location.accessKey(), location.secretKey()));
        }
        return AwsCredentialsProviderChain.of(EnvironmentVariableCredentialsProvider.create(),
                SystemPropertyCredentialsProvider.create(), ProfileCredentialsProvider.create());
    }
}
