package dev.colony.client;

import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsError;
import dev.colony.gfs.fs.FsException;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.OpenFile;
import dev.colony.gfs.fs.Precondition;
import dev.colony.protocol.api.DirectoryView;
import dev.colony.protocol.api.FileView;
import dev.colony.protocol.api.FsErrorType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The coordinator's global file system over REST ({@code /api/fs}, docs/gfs.md), with the admin
 * token or an engine's cluster token. Contents stream both ways: {@link #write} and {@link #append}
 * send the caller's stream as the request body as it is read, {@link #open} hands back the answer's
 * body. Refusals are {@link FsException}s with the coordinator's {@link FsError}; other failures are
 * {@link ColonyApiException} (e.g. 503 {@code store-unavailable}) or {@link ColonyUnreachableException}.
 */
public final class HttpGlobalFileSystem implements GlobalFileSystem {

    private static final String PREFIX = "/api/fs";
    /** Times reads and small changes; uploads and downloads run as long as their bytes flow. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Reads of a file that keeps changing under them start over; this many times at most. */
    private static final int ATTEMPTS = 20;

    private final RestTransport transport;

    HttpGlobalFileSystem(RestTransport transport) {
        this.transport = transport;
    }

    /** @param token the admin token, or the cluster token (engines acting for their programs) */
    public static HttpGlobalFileSystem connect(URI coordinator, String token) {
        return ColonyClient.connect(coordinator, token).fileSystem();
    }

    @Override
    public FileStat stat(FsPath path) {
        return statAnswer(request(path, "?stat", REQUEST_TIMEOUT).GET(), REQUEST_TIMEOUT);
    }

    @Override
    public List<FileStat> list(FsPath directory) {
        HttpResponse<InputStream> response = transport.send(request(directory, "", REQUEST_TIMEOUT).GET(), REQUEST_TIMEOUT);
        if (isFileContent(response)) {
            close(response.body()); // a file's bytes: not what was asked for, and perhaps a lot of them
            throw new FsException(FsError.ENOTDIR, "ENOTDIR: not a directory, '" + directory + "'");
        }
        return decode(response, DirectoryView.class, REQUEST_TIMEOUT).entries().stream().map(FileViews::stat).toList();
    }

    @Override
    public FileStat mkdir(FsPath path, boolean recursive) {
        String query = recursive ? "?mkdir&recursive" : "?mkdir";
        return statAnswer(request(path, query, REQUEST_TIMEOUT).PUT(HttpRequest.BodyPublishers.noBody()), REQUEST_TIMEOUT);
    }

    @Override
    public FileStat write(FsPath path, InputStream content, Precondition precondition) {
        HttpRequest.Builder request = upload(path, "", content, precondition, "PUT");
        return statAnswer(request, null);
    }

    @Override
    public FileStat append(FsPath path, InputStream content, Precondition precondition) {
        HttpRequest.Builder request = upload(path, "?append", content, precondition, "POST");
        return statAnswer(request, null);
    }

    @Override
    public FileStat truncate(FsPath path, long length, Precondition precondition) {
        if (length < 0) {
            throw new FsException(FsError.EINVAL, "EINVAL: negative length " + length + ", '" + path + "'");
        }
        HttpRequest.Builder request = withPrecondition(request(path, "?truncate=" + length, REQUEST_TIMEOUT), precondition)
            .POST(HttpRequest.BodyPublishers.noBody());
        return statAnswer(request, REQUEST_TIMEOUT);
    }

    /**
     * Learns the current version, then asks for exactly those bytes with {@code If-Match}, so the
     * stream is of the version its {@link OpenFile#stat()} names; starts over if a writer came between.
     */
    @Override
    public OpenFile open(FsPath path, long offset, long length) {
        if (offset < 0 || length < -1) {
            throw new FsException(FsError.EINVAL, "EINVAL: offset " + offset + " and length " + length
                + " must be 0 or more (length -1: to the end), '" + path + "'");
        }
        for (int attempt = 1; ; attempt++) {
            FileStat stat = stat(path);
            if (stat.isDirectory()) {
                throw new FsException(FsError.EISDIR, "EISDIR: illegal operation on a directory, '" + path + "'");
            }
            long start = Math.min(offset, stat.size());
            long part = length == -1 ? stat.size() - start : Math.min(length, stat.size() - start);
            if (part == 0) {
                return new OpenFile(stat, start, 0, InputStream.nullInputStream());
            }
            HttpRequest.Builder request = request(path, "", REQUEST_TIMEOUT).header("Accept", "application/octet-stream")
                .header("If-Match", "\"" + stat.version() + "\"");
            if (part != stat.size()) {
                request.header("Range", "bytes=" + start + "-" + (start + part - 1));
            }
            HttpResponse<InputStream> response = transport.send(request.GET(), REQUEST_TIMEOUT);
            if (response.statusCode() == 412 && attempt < ATTEMPTS) {
                close(response.body());
                continue;
            }
            if (response.statusCode() != 200 && response.statusCode() != 206 || !isFileContent(response)) {
                throw refusal(response, REQUEST_TIMEOUT);
            }
            return new OpenFile(stat, start, part, response.body());
        }
    }

    /**
     * Removes a file; a directory is refused with {@code EISDIR} as the local file system does. The
     * REST DELETE removes directories too, so the version just seen goes with it as {@code If-Match}.
     */
    @Override
    public void delete(FsPath path, Precondition precondition) {
        if (precondition instanceof Precondition.Version) {
            exchange(withPrecondition(request(path, "", REQUEST_TIMEOUT), precondition).DELETE());
            return;
        }
        for (int attempt = 1; ; attempt++) {
            FileStat stat = stat(path);
            if (stat.isDirectory()) {
                throw new FsException(FsError.EISDIR, "EISDIR: illegal operation on a directory, '" + path + "'");
            }
            try {
                exchange(withPrecondition(request(path, "", REQUEST_TIMEOUT), Precondition.version(stat.version())).DELETE());
                return;
            } catch (FsException e) {
                if (e.error() != FsError.ESTALE || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Removes a directory; a file is refused with {@code ENOTDIR}. */
    @Override
    public void rmdir(FsPath path, boolean recursive) {
        if (!stat(path).isDirectory()) {
            throw new FsException(FsError.ENOTDIR, "ENOTDIR: not a directory, '" + path + "'");
        }
        exchange(request(path, recursive ? "?recursive" : "", REQUEST_TIMEOUT).DELETE());
    }

    @Override
    public FileStat rename(FsPath from, FsPath to) {
        HttpRequest.Builder request = request(from, "?move=" + ColonyClient.pathSegment(to.value()), REQUEST_TIMEOUT)
            .POST(HttpRequest.BodyPublishers.noBody());
        return statAnswer(request, REQUEST_TIMEOUT);
    }

    @Override
    public FileStat copy(FsPath from, FsPath to, Precondition targetPrecondition) {
        if (targetPrecondition instanceof Precondition.Version) {
            throw new IllegalArgumentException("REST copies with no precondition on the target or create-only (ABSENT)");
        }
        HttpRequest.Builder request = withPrecondition(request(from, "?copy=" + ColonyClient.pathSegment(to.value()), REQUEST_TIMEOUT),
            targetPrecondition).POST(HttpRequest.BodyPublishers.noBody());
        return statAnswer(request, REQUEST_TIMEOUT);
    }

    private HttpRequest.Builder upload(FsPath path, String query, InputStream content, Precondition precondition, String method) {
        return withPrecondition(request(path, query, null), precondition)
            .header("Content-Type", "application/octet-stream")
            .method(method, HttpRequest.BodyPublishers.ofInputStream(() -> content));
    }

    private HttpRequest.Builder request(FsPath path, String query, Duration timeout) {
        StringBuilder url = new StringBuilder(PREFIX);
        for (String name : path.names()) {
            url.append('/').append(ColonyClient.pathSegment(name));
        }
        return transport.request(url.append(query).toString(), timeout);
    }

    private static HttpRequest.Builder withPrecondition(HttpRequest.Builder request, Precondition precondition) {
        return switch (precondition) {
            case Precondition.None none -> request;
            case Precondition.Absent absent -> request.header("If-None-Match", "*");
            case Precondition.Version version -> request.header("If-Match", "\"" + version.version() + "\"");
        };
    }

    private FileStat statAnswer(HttpRequest.Builder request, Duration timeout) {
        return FileViews.stat(json(request, FileView.class, timeout));
    }

    private <T> T json(HttpRequest.Builder request, Class<T> answer, Duration timeout) {
        return decode(transport.send(request, timeout), answer, timeout);
    }

    private void exchange(HttpRequest.Builder request) {
        HttpResponse<InputStream> response = transport.send(request, REQUEST_TIMEOUT);
        if (response.statusCode() != 204) {
            throw refusal(response, REQUEST_TIMEOUT);
        }
        close(response.body());
    }

    private <T> T decode(HttpResponse<InputStream> response, Class<T> answer, Duration timeout) {
        byte[] body = transport.readAnswer(response, timeout);
        if (response.statusCode() < 200 || response.statusCode() > 299) {
            throw failure(transport.refusal(response.statusCode(), body));
        }
        return transport.decode(response.statusCode(), body, answer);
    }

    private RuntimeException refusal(HttpResponse<InputStream> response, Duration timeout) {
        byte[] body = transport.readAnswer(response, timeout);
        return failure(transport.refusal(response.statusCode(), body));
    }

    /**
     * The file system's own refusals as {@link FsException}s (by type: a create-only write comes back
     * 412 {@code file-exists}), the rest as they came.
     */
    private static RuntimeException failure(ColonyApiException refusal) {
        return FsErrorType.ofType(refusal.type())
            .<RuntimeException>map(type -> new FsException(FsError.valueOf(type.name()), refusal.getMessage()))
            .orElse(refusal);
    }

    private static boolean isFileContent(HttpResponse<InputStream> response) {
        return response.statusCode() / 100 == 2
            && response.headers().firstValue("Content-Type").orElse("").startsWith("application/octet-stream");
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // the connection is dropped then, which is all closing early is for
        }
    }
}
