package dev.colony.gfs;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where an {@link S3BlobStore} keeps its blobs, parsed from
 * {@code s3://BUCKET[/PREFIX][?endpoint=URL&region=R&path-style=true&access-key=K&secret-key=S]}.
 *
 * @param endpoint  the service's URL, or null for AWS itself
 * @param accessKey null when the credentials come from the environment or the AWS profile
 */
record S3Location(String bucket, String prefix, URI endpoint, String region, boolean pathStyle, String accessKey,
                  String secretKey) {

    static final String DEFAULT_REGION = "us-east-1";
    private static final String USAGE = "s3://BUCKET[/PREFIX][?endpoint=URL&region=R&path-style=true&access-key=K&secret-key=S]";
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern PREFIX = Pattern.compile("[\\w.\\-/]*");
    private static final Set<String> PARAMETERS = Set.of("endpoint", "region", "path-style", "access-key", "secret-key");

    static S3Location parse(String url, String environmentRegion) {
        if (url == null || !url.startsWith("s3://")) {
            throw new IllegalArgumentException("bad S3 URL '" + url + "': use " + USAGE);
        }
        String rest = url.substring("s3://".length());
        int question = rest.indexOf('?');
        Map<String, String> parameters = parameters(question < 0 ? "" : rest.substring(question + 1));
        String path = question < 0 ? rest : rest.substring(0, question);
        int slash = path.indexOf('/');
        String bucket = slash < 0 ? path : path.substring(0, slash);
        String prefix = slash < 0 ? "" : trimSlashes(path.substring(slash + 1));
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("bad S3 bucket name '" + bucket + "': 3-63 lower-case letters, digits, '.' and '-'");
        }
        if (!validPrefix(prefix)) {
            throw new IllegalArgumentException("bad S3 key prefix '" + prefix + "': segments of letters, digits, '_', '.' and '-' between single '/' (not . or ..)");
        }
        String accessKey = parameters.get("access-key");
        String secretKey = parameters.get("secret-key");
        if ((accessKey == null) != (secretKey == null)) {
            throw new IllegalArgumentException("bad S3 URL: access-key and secret-key go together");
        }
        String region = parameters.getOrDefault("region", environmentRegion == null || environmentRegion.isBlank()
                ? DEFAULT_REGION : environmentRegion);
        return new S3Location(bucket, prefix, endpoint(parameters.get("endpoint")), region,
                pathStyle(parameters.get("path-style")), accessKey, secretKey);
    }

    /** The object key of a blob. */
    String key(String hash) {
        return prefix.isEmpty() ? hash : prefix + "/" + hash;
    }

    /** For messages: where the blobs are, without the credentials. */
    String description() {
        return "s3://" + bucket + (prefix.isEmpty() ? "" : "/" + prefix) + (endpoint == null ? "" : " at " + endpoint);
    }

    /** Without the secret key. */
    @Override
    public String toString() {
        return description();
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("unknown S3 URL parameter '" + name + "': use " + USAGE);
            }
            if (equals < 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException("S3 URL parameter '" + name + "' needs a value");
            }
            if (parameters.put(name, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("S3 URL parameter '" + name + "' given twice");
            }
        }
        return parameters;
    }

    private static URI endpoint(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI endpoint = new URI(value);
            if (("http".equals(endpoint.getScheme()) || "https".equals(endpoint.getScheme())) && endpoint.getHost() != null) {
                return endpoint;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("bad S3 endpoint '" + value + "': use http(s)://HOST[:PORT]");
    }

    private static boolean pathStyle(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new IllegalArgumentException("S3 URL parameter path-style must be true or false: " + value);
    }

    private static boolean validPrefix(String prefix) {
        return PREFIX.matcher(prefix).matches() && !prefix.contains("//")
                && Arrays.stream(prefix.split("/")).noneMatch(segment -> segment.equals(".") || segment.equals(".."));
    }

    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
