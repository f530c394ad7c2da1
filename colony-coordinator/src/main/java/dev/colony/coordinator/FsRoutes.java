package dev.colony.coordinator;

import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsError;
import dev.colony.gfs.fs.FsException;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.OpenFile;
import dev.colony.gfs.fs.Precondition;
import dev.colony.protocol.api.DirectoryView;
import dev.colony.protocol.api.FsErrorType;
import dev.colony.store.StoreException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.servlet.http.HttpServletResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code /api/fs/{path}} (docs/gfs.md): the global file system over REST. File contents stream both
 * ways through a 64 KiB buffer, so a file of any size passes in constant memory; everything else
 * is JSON. {@link FsHttp} does the mapping of paths, headers and errors.
 */
final class FsRoutes {

    private static final System.Logger LOG = System.getLogger(FsRoutes.class.getName());
    private static final int BUFFER_BYTES = 64 * 1024;

    private final GlobalFileSystem fs;

    FsRoutes(GlobalFileSystem fs) {
        this.fs = fs;
    }

    void register(RoutesConfig routes) {
        for (String route : List.of(FsHttp.PREFIX, FsHttp.PREFIX + "/<path>")) {
            routes.get(route, guarded(this::get));
            routes.head(route, guarded(this::head));
            routes.put(route, guarded(this::put));
            routes.post(route, guarded(this::post));
            routes.delete(route, guarded(this::delete));
        }
    }

    /** The file system's refusals in docs/gfs.md's statuses; a failing store is 503, an unreadable body 400. */
    private static Handler guarded(Handler handler) {
        return ctx -> {
            try {
                handler.handle(ctx);
            } catch (FsException e) {
                throw FsHttp.refusal(e);
            } catch (StoreException | UncheckedIOException e) {
                if (RequestBody.failed(e)) {
                    throw CoordinatorException.invalid("unreadable-body", "the request body could not be read: " + e.getMessage());
                }
                LOG.log(System.Logger.Level.WARNING, ctx.method() + " " + ctx.path() + ": the file system's store failed", e);
                throw CoordinatorException.unavailable("store-unavailable", "the file system's store failed: " + e.getMessage());
            }
        };
    }

    private void get(Context ctx) {
        Map<String, String> query = FsHttp.query(ctx.queryString());
        FsHttp.allowOnly(query, List.of("stat"), List.of("stat"));
        FsPath path = path(ctx);
        FileStat stat = fs.stat(path);
        Precondition expected = FsHttp.ifMatch(ctx.header("If-Match"));
        requireVersion(expected, stat);
        if (query.containsKey("stat")) {
            answer(ctx, 200, stat);
        } else if (!notModified(ctx, stat)) {
            if (stat.isDirectory()) {
                entryHeaders(ctx, stat);
                RestApi.json(ctx, 200, new DirectoryView(path.value(), fs.list(path).stream().map(FsHttp::view).toList()));
            } else {
                sendFile(ctx, stat);
            }
        }
    }

    private void head(Context ctx) {
        FsHttp.allowOnly(FsHttp.query(ctx.queryString()), List.of(), List.of());
        FileStat stat = fs.stat(path(ctx));
        if (!notModified(ctx, stat)) {
            entryHeaders(ctx, stat);
            if (stat.isFile()) {
                ctx.header("Accept-Ranges", "bytes").contentType("application/octet-stream");
                ctx.res().setContentLengthLong(stat.size());
            } else {
                ctx.contentType("application/json");
            }
            ctx.status(200);
        }
    }

    private void put(Context ctx) {
        Map<String, String> query = FsHttp.query(ctx.queryString());
        FsHttp.allowOnly(query, List.of("mkdir", "recursive"), List.of("mkdir", "recursive"));
        FsPath path = path(ctx);
        if (query.containsKey("mkdir")) {
            noPreconditions(ctx, "mkdir");
            boolean recursive = query.containsKey("recursive");
            // 200 rather than 201 when a recursive mkdir finds the directory there already
            boolean existed = recursive && fs.find(path).isPresent();
            answer(ctx, existed ? 200 : 201, fs.mkdir(path, recursive));
            return;
        }
        if (query.containsKey("recursive")) {
            throw FsHttp.invalidQuery("recursive goes with mkdir on PUT");
        }
        Precondition precondition = precondition(ctx, true);
        // a concurrent creation between this look and the write can only turn a 201 into a 200
        boolean created = precondition instanceof Precondition.Absent
            || precondition instanceof Precondition.None && fs.find(path).isEmpty();
        answer(ctx, created ? 201 : 200, createOnly(precondition, () -> fs.write(path, new RequestBody(ctx), precondition)));
    }

    private void post(Context ctx) {
        Map<String, String> query = FsHttp.query(ctx.queryString());
        FsHttp.allowOnly(query, List.of("append", "truncate", "move", "copy"), List.of("append"));
        if (query.size() != 1) {
            throw FsHttp.invalidQuery("POST takes exactly one of ?append, ?truncate=N, ?move=/path, ?copy=/path");
        }
        FsPath path = path(ctx);
        String action = query.keySet().iterator().next();
        String value = query.get(action);
        switch (action) {
            case "append" -> answer(ctx, 200, fs.append(path, new RequestBody(ctx), precondition(ctx, false)));
            case "truncate" -> answer(ctx, 200, fs.truncate(path, length(value), precondition(ctx, false)));
            case "move" -> {
                noPreconditions(ctx, "move");
                answer(ctx, 200, fs.rename(path, FsPath.parse(value)));
            }
            default -> {
                if (ctx.header("If-Match") != null) {
                    throw FsHttp.invalidQuery("copy takes If-None-Match: * (do not replace), not If-Match");
                }
                Precondition target = FsHttp.ifNoneMatchAny(ctx.header("If-None-Match")) ? Precondition.ABSENT : Precondition.NONE;
                answer(ctx, 201, createOnly(target, () -> fs.copy(path, FsPath.parse(value), target)));
            }
        }
    }

    private void delete(Context ctx) {
        Map<String, String> query = FsHttp.query(ctx.queryString());
        FsHttp.allowOnly(query, List.of("recursive"), List.of("recursive"));
        FsPath path = path(ctx);
        if (ctx.header("If-None-Match") != null) {
            throw FsHttp.invalidQuery("DELETE takes If-Match, not If-None-Match");
        }
        String ifMatch = ctx.header("If-Match");
        if (ifMatch != null) {
            fs.delete(path, FsHttp.ifMatch(ifMatch)); // files only: a directory answers is-a-directory
        } else if (fs.stat(path).isDirectory()) {
            fs.rmdir(path, query.containsKey("recursive"));
        } else {
            fs.delete(path, Precondition.NONE);
        }
        ctx.status(204);
    }

    private static FsPath path(Context ctx) {
        return FsHttp.path(ctx.req().getRequestURI());
    }

    private static Precondition precondition(Context ctx, boolean createOnlyAllowed) {
        String ifMatch = ctx.header("If-Match");
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null) {
            if (!createOnlyAllowed || ifMatch != null) {
                throw FsHttp.invalidQuery(createOnlyAllowed ? "If-Match and If-None-Match exclude each other"
                    : "this request takes If-Match, not If-None-Match");
            }
            FsHttp.ifNoneMatchAny(ifNoneMatch);
            return Precondition.ABSENT;
        }
        return FsHttp.ifMatch(ifMatch);
    }

    /** {@code If-None-Match: *} refused because the target exists: HTTP's 412, with the file system's type. */
    private static FileStat createOnly(Precondition precondition, Supplier<FileStat> change) {
        try {
            return change.get();
        } catch (FsException e) {
            if (precondition instanceof Precondition.Absent && e.error() == FsError.EEXIST) {
                throw new CoordinatorException(CoordinatorException.Kind.PRECONDITION_FAILED, FsErrorType.EEXIST.type(), e.getMessage());
            }
            throw e;
        }
    }

    private static void noPreconditions(Context ctx, String action) {
        if (ctx.header("If-Match") != null || ctx.header("If-None-Match") != null) {
            throw FsHttp.invalidQuery(action + " takes neither If-Match nor If-None-Match");
        }
    }

    private static long length(String text) {
        try {
            long length = Long.parseLong(text);
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw FsHttp.invalidQuery("truncate must be a length in bytes, 0 or more, not '"
            + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'");
    }

    /** A GET's or HEAD's {@code If-None-Match} naming the current version: 304 and no body. */
    private static boolean notModified(Context ctx, FileStat stat) {
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch == null || !FsHttp.matchesAny(ifNoneMatch, stat.version())) {
            return false;
        }
        entryHeaders(ctx, stat);
        ctx.status(304);
        return true;
    }

    private static void entryHeaders(Context ctx, FileStat stat) {
        ctx.header("ETag", FsHttp.etag(stat.version())).header("Last-Modified", FsHttp.lastModified(stat));
    }

    private static void answer(Context ctx, int status, FileStat stat) {
        entryHeaders(ctx, stat);
        RestApi.json(ctx, status, FsHttp.view(stat));
    }

    /** The file, or the one range asked for, straight from the store to the socket. */
    private void sendFile(Context ctx, FileStat stat) {
        String rangeHeader = ctx.header("Range");
        FsHttp.ByteRange range = rangeHeader == null ? new FsHttp.ByteRange(0, -1) : rangeRequested(ctx, rangeHeader, stat);
        OpenFile file = fs.open(stat.path(), range.offset(), range.length());
        FileStat opened = file.stat(); // the version read, should a writer have come between
        try {
            requireVersion(FsHttp.ifMatch(ctx.header("If-Match")), opened);
        } catch (FsException e) {
            closeQuietly(file);
            throw e;
        }
        entryHeaders(ctx, opened);
        ctx.header("Accept-Ranges", "bytes").contentType("application/octet-stream");
        if (rangeHeader != null) {
            ctx.header("Content-Range", "bytes " + file.offset() + "-" + (file.offset() + file.length() - 1) + "/" + opened.size());
        }
        ctx.status(rangeHeader == null ? 200 : 206);
        copy(ctx, file);
    }

    /** A GET's {@code If-Match}: the bytes of that version or 412, so a reader can take a stat and the bytes apart. */
    private static void requireVersion(Precondition expected, FileStat stat) {
        if (expected instanceof Precondition.Version version && version.version() != stat.version()) {
            throw new FsException(FsError.ESTALE, "ESTALE: version " + version.version() + " is not the current one ("
                + stat.version() + "), '" + stat.path() + "'");
        }
    }

    private static void closeQuietly(OpenFile file) {
        try {
            file.close();
        } catch (IOException e) {
            // only reading was abandoned
        }
    }

    private static FsHttp.ByteRange rangeRequested(Context ctx, String header, FileStat stat) {
        try {
            return FsHttp.range(header, stat.size());
        } catch (CoordinatorException e) {
            if (e.kind() == CoordinatorException.Kind.RANGE_NOT_SATISFIABLE) {
                ctx.header("Content-Range", "bytes */" + stat.size());
            }
            throw e;
        }
    }

    private static void copy(Context ctx, OpenFile file) {
        HttpServletResponse response = ctx.res();
        response.setContentLengthLong(file.length());
        try (InputStream in = file.content()) {
            OutputStream out = response.getOutputStream();
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n; (n = in.read(buffer)) != -1; ) {
                try {
                    out.write(buffer, 0, n);
                } catch (IOException clientGone) {
                    return;
                }
            }
        } catch (IOException | RuntimeException e) {
            if (!response.isCommitted()) {
                response.reset();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            // too late for an error answer: the body ends short of its Content-Length, which the client sees
            LOG.log(System.Logger.Level.WARNING, "GET " + file.stat().path() + " broke off after its answer began: " + e);
        }
    }

    /**
     * The request body as the file system reads it, its read failures marked so that a client that
     * breaks off is told 400 (and not blamed on the store).
     */
    private static final class RequestBody extends FilterInputStream {

        RequestBody(Context ctx) {
            super(body(ctx));
        }

        private static InputStream body(Context ctx) {
            try {
                return ctx.req().getInputStream();
            } catch (IOException e) {
                throw new UncheckedIOException(new BodyFailure(e));
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw new BodyFailure(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw new BodyFailure(e);
            }
        }

        static boolean failed(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof BodyFailure) {
                    return true;
                }
            }
            return false;
        }

        private static final class BodyFailure extends IOException {
            BodyFailure(IOException cause) {
                super(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage(), cause);
            }
        }
    }
}
