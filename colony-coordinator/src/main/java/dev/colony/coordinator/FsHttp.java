package dev.colony.coordinator;

import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsError;
import dev.colony.gfs.fs.FsException;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.Precondition;
import dev.colony.protocol.api.FileView;
import dev.colony.protocol.api.FsErrorType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the global file system looks over HTTP (docs/gfs.md): paths and queries out of raw URIs,
 * {@link FsError}s as statuses and types, versions as ETags, preconditions from {@code If-Match} and
 * {@code If-None-Match}, byte ranges, and {@link FileStat} as the {@code Stat} JSON.
 */
final class FsHttp {

    static final String PREFIX = "/api/fs";
    private static final Pattern ETAG = Pattern.compile("\"(\\d{1,18})\"");
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d{0,18})-(\\d{0,18})");

    /** The part of a file a {@code Range} asks for: {@code length} bytes from {@code offset}. */
    record ByteRange(long offset, long length) {}

    private FsHttp() {
    }

    /**
     * The GFS path of a raw (still percent-encoded) request path under {@code /api/fs}: each segment
     * is decoded on its own, so an encoded slash is part of a name (and refused), never a separator.
     */
    static FsPath path(String rawRequestPath) {
        String rest = rawRequestPath.substring(PREFIX.length());
        StringBuilder path = new StringBuilder();
        for (String segment : rest.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            String name = decode(segment);
            if (name == null || name.contains("/")) {
                throw new FsException(FsError.EINVAL, "invalid path: the segment '" + shown(segment)
                    + "' is not a percent-encoded UTF-8 name without '/'");
            }
            path.append('/').append(name);
        }
        return FsPath.parse(path.isEmpty() ? "/" : path.toString());
    }

    /**
     * The query's parameters, decoded ({@code +} stays a plus: these are paths, not form fields); a
     * parameter given twice or not percent-encoded UTF-8 is refused.
     */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null || value == null) {
                throw invalidQuery("'" + shown(pair) + "' is not percent-encoded UTF-8");
            }
            if (parameters.put(name, value) != null) {
                throw invalidQuery("'" + shown(name) + "' is given twice");
            }
        }
        return parameters;
    }

    /** Refuses parameters other than {@code allowed}, and flags ({@code ?mkdir}) with a value other than true. */
    static void allowOnly(Map<String, String> query, List<String> allowed, List<String> flags) {
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            if (!allowed.contains(parameter.getKey())) {
                throw invalidQuery("unknown or misplaced parameter '" + shown(parameter.getKey()) + "' (this request takes "
                    + (allowed.isEmpty() ? "none" : String.join(", ", allowed)) + ")");
            }
            if (flags.contains(parameter.getKey()) && !parameter.getValue().isEmpty() && !parameter.getValue().equals("true")) {
                throw invalidQuery(parameter.getKey() + " is a flag: give it no value, not '" + shown(parameter.getValue()) + "'");
            }
        }
    }

    static CoordinatorException invalidQuery(String message) {
        return CoordinatorException.invalid("invalid-query", message);
    }

    /** The refusal as REST answers it: docs/gfs.md's status and type. */
    static CoordinatorException refusal(FsException e) {
        FsErrorType type = FsErrorType.valueOf(e.error().name());
        CoordinatorException.Kind kind = switch (type.status()) {
            case 400 -> CoordinatorException.Kind.INVALID;
            case 404 -> CoordinatorException.Kind.NOT_FOUND;
            case 412 -> CoordinatorException.Kind.PRECONDITION_FAILED;
            case 413 -> CoordinatorException.Kind.TOO_LARGE;
            default -> CoordinatorException.Kind.CONFLICT;
        };
        return new CoordinatorException(kind, type.type(), e.getMessage());
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static String lastModified(FileStat stat) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(stat.mtime().atOffset(ZoneOffset.UTC));
    }

    /** {@code If-Match: "V"} as a precondition, or {@link Precondition#NONE} without the header. */
    static Precondition ifMatch(String header) {
        if (header == null) {
            return Precondition.NONE;
        }
        Matcher matcher = ETAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw invalidQuery("If-Match must be one version in quotes, like \"42\", not '" + shown(header) + "'");
        }
        return Precondition.version(Long.parseLong(matcher.group(1)));
    }

    /** {@code If-None-Match: *}: create only. */
    static boolean ifNoneMatchAny(String header) {
        if (header == null) {
            return false;
        }
        if (!header.strip().equals("*")) {
            throw invalidQuery("If-None-Match on a change must be *, not '" + shown(header) + "'");
        }
        return true;
    }

    /** Whether a GET's {@code If-None-Match} (versions in quotes, or *) names the current version. */
    static boolean matchesAny(String ifNoneMatch, long version) {
        for (String tag : ifNoneMatch.split(",")) {
            String trimmed = tag.strip();
            if (trimmed.equals("*") || trimmed.equals(etag(version)) || trimmed.equals("W/" + etag(version))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one range of {@code Range: bytes=A-B} ({@code A-}, {@code -N}) within a file of {@code size}
     * bytes; 416 when it starts past the end, 400 when it is not one byte range.
     */
    static ByteRange range(String header, long size) {
        Matcher matcher = RANGE.matcher(header.strip());
        if (!matcher.matches() || matcher.group(1).isEmpty() && matcher.group(2).isEmpty()) {
            throw invalidQuery("Range must be one range: bytes=A-B, bytes=A- or bytes=-N, not '" + shown(header) + "'");
        }
        if (matcher.group(1).isEmpty()) {
            long suffix = Long.parseLong(matcher.group(2));
            if (suffix == 0 || size == 0) {
                throw unsatisfiable(header, size);
            }
            long length = Math.min(suffix, size);
            return new ByteRange(size - length, length);
        }
        long first = Long.parseLong(matcher.group(1));
        long last = matcher.group(2).isEmpty() ? Long.MAX_VALUE : Long.parseLong(matcher.group(2));
        if (last < first) {
            throw invalidQuery("Range '" + shown(header) + "' ends before it starts");
        }
        if (first >= size) {
            throw unsatisfiable(header, size);
        }
        return new ByteRange(first, Math.min(last, size - 1) - first + 1);
    }

    private static CoordinatorException unsatisfiable(String header, long size) {
        return new CoordinatorException(CoordinatorException.Kind.RANGE_NOT_SATISFIABLE, "range-not-satisfiable",
            "Range '" + shown(header) + "' starts past the end of the file (" + size + " bytes)");
    }

    static FileView view(FileStat stat) {
        return new FileView(stat.path().value(), stat.name(), stat.isFile() ? FileView.FILE : FileView.DIRECTORY,
            stat.size(), stat.version(), stat.mtime().toEpochMilli(), stat.ctime().toEpochMilli());
    }

    /** Strict percent-decoding to UTF-8; null when malformed. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(encoded.charAt(i + 2), 16);
                if (low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                int end = encoded.indexOf('%', i);
                end = end < 0 ? encoded.length() : end;
                bytes.writeBytes(encoded.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Client text made safe for a one-line message. */
    private static String shown(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 60 ? flat.substring(0, 60) + "…" : flat;
    }
}
