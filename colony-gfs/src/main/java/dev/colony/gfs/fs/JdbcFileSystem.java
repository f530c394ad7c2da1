package dev.colony.gfs.fs;

import dev.colony.gfs.BlobStore;
import dev.colony.store.Database;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The global file system on a SQL database and a blob store (docs/gfs.md, "Storage"). Every
 * operation is one transaction that locks the rows it changes ({@code FOR UPDATE}): the entry
 * itself when it exists, its parent directory when a child is created or removed, and for a move
 * between directories the root too, so that no two such moves can make a directory its own
 * ancestor. Streams are read into blobs before the transaction starts, because a transaction may
 * run again after a conflict and a stream can be read only once.
 */
public final class JdbcFileSystem implements GlobalFileSystem {

    public static final long MAX_FILE_DEFAULT = 64L << 30;

    private final Database db;
    private final BlobStore blobs;
    private final long maxFileBytes;
    private final Clock clock;

    public JdbcFileSystem(Database db, BlobStore blobs) {
        this(db, blobs, MAX_FILE_DEFAULT, Clock.systemUTC());
    }

    public JdbcFileSystem(Database db, BlobStore blobs, long maxFileBytes, Clock clock) {
        this.db = db;
        this.blobs = blobs;
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
        db.inTransaction(c -> {
            FsSchema.create(c);
            return null;
        });
    }

    @Override
    public FileStat stat(FsPath path) {
        return db.reading(c -> resolve(c, path).stat(path));
    }

    @Override
    public List<FileStat> list(FsPath directory) {
        return db.reading(c -> {
            Entry dir = directory(c, directory, false);
            List<FileStat> stats = new ArrayList<>();
            for (Entry child : EntryTable.children(c, dir.id())) {
                stats.add(child.stat(directory.resolve(child.name())));
            }
            stats.sort(Comparator.comparing(FileStat::name));
            return stats;
        });
    }

    @Override
    public FileStat mkdir(FsPath path, boolean recursive) {
        return db.inTransaction(c -> {
            if (path.isRoot()) {
                if (recursive) {
                    return resolve(c, path).stat(path);
                }
                throw FsException.of(FsError.EEXIST, path, "file already exists");
            }
            if (!recursive) {
                return createDirectory(c, directory(c, path.parent(), true), path).stat(path);
            }
            Entry current = EntryTable.byId(c, FsSchema.ROOT_ID, false).orElseThrow();
            FsPath at = FsPath.ROOT;
            for (String name : path.names()) {
                at = at.resolve(name);
                Optional<Entry> child = EntryTable.child(c, current.id(), name, false);
                if (child.isEmpty()) {
                    current = lockDirectory(c, current.id(), at.parent());
                    child = EntryTable.child(c, current.id(), name, true);
                }
                if (child.isEmpty()) {
                    return createRest(c, current, at, path);
                }
                if (!child.get().isDirectory()) {
                    throw FsException.of(at.equals(path) ? FsError.EEXIST : FsError.ENOTDIR, at,
                            at.equals(path) ? "file already exists" : "not a directory");
                }
                current = child.get();
            }
            return current.stat(path);
        });
    }

    @Override
    public FileStat write(FsPath path, InputStream content, Precondition precondition) {
        ChunkWriter.Written written = ChunkWriter.write(content, blobs, maxFileBytes, path, () -> failFast(path, precondition));
        return db.inTransaction(c -> replace(c, path, precondition, written.chunks(), written.size()));
    }

    @Override
    public FileStat append(FsPath path, InputStream content, Precondition precondition) {
        ChunkWriter.Written written = ChunkWriter.write(content, blobs, maxFileBytes, path, () -> failFast(path, precondition));
        return db.inTransaction(c -> {
            Target target = target(c, path);
            check(precondition, target.existing(), path);
            long now = clock.millis();
            Entry entry = target.existing();
            if (entry == null) {
                entry = EntryTable.insert(c, target.parent().id(), path.name(), FileKind.FILE, 0, now);
                touch(c, target.parent(), now);
            }
            return grow(c, entry, written.chunks(), written.size(), path, now);
        });
    }

    @Override
    public FileStat truncate(FsPath path, long length, Precondition precondition) {
        if (length < 0) {
            throw FsException.of(FsError.EINVAL, path, "negative length " + length);
        }
        return db.inTransaction(c -> {
            Entry entry = target(c, path).existing();
            if (entry == null) {
                throw FsException.of(FsError.ENOENT, path, "no such file or directory");
            }
            check(precondition, entry, path);
            long now = clock.millis();
            if (length > entry.size()) {
                return grow(c, entry, Zeros.chunks(length - entry.size(), blobs), length - entry.size(), path, now);
            }
            cut(c, entry, length, path);
            Entry changed = entry.changed(length, EntryTable.next(c), now);
            EntryTable.update(c, entry, changed);
            return changed.stat(path);
        });
    }

    @Override
    public OpenFile open(FsPath path, long offset, long length) {
        if (offset < 0 || length < -1) {
            throw FsException.of(FsError.EINVAL, path, "bad range: offset " + offset + ", length " + length);
        }
        ChunkTable.Snapshot snapshot = db.reading(c -> {
            Entry entry = resolve(c, path);
            if (entry.isDirectory()) {
                throw FsException.of(FsError.EISDIR, path, "illegal operation on a directory");
            }
            return ChunkTable.snapshot(c, entry.id());
        });
        if (snapshot == null) {
            throw FsException.of(FsError.ENOENT, path, "no such file or directory");
        }
        long size = snapshot.entry().size();
        long start = Math.min(offset, size);
        long count = length < 0 ? size - start : Math.min(length, size - start);
        return new OpenFile(snapshot.entry().stat(path), start, count,
                new ChunkStream(snapshot.chunks(), blobs, path, start, count));
    }

    @Override
    public void delete(FsPath path, Precondition precondition) {
        db.inTransaction(c -> {
            if (path.isRoot()) {
                throw FsException.of(FsError.EISDIR, path, "illegal operation on a directory");
            }
            Entry parent = directory(c, path.parent(), true);
            Entry entry = EntryTable.child(c, parent.id(), path.name(), true)
                    .orElseThrow(() -> FsException.of(FsError.ENOENT, path, "no such file or directory"));
            if (entry.isDirectory()) {
                throw FsException.of(FsError.EISDIR, path, "illegal operation on a directory");
            }
            check(precondition, entry, path);
            EntryTable.delete(c, entry.id());
            touch(c, parent, clock.millis());
            return null;
        });
    }

    @Override
    public void rmdir(FsPath path, boolean recursive) {
        db.inTransaction(c -> {
            if (path.isRoot()) {
                throw FsException.of(FsError.EINVAL, path, "the root cannot be removed");
            }
            Entry parent = directory(c, path.parent(), true);
            Entry dir = EntryTable.child(c, parent.id(), path.name(), true)
                    .orElseThrow(() -> FsException.of(FsError.ENOENT, path, "no such file or directory"));
            if (!dir.isDirectory()) {
                throw FsException.of(FsError.ENOTDIR, path, "not a directory");
            }
            if (!recursive && EntryTable.hasChildren(c, dir.id())) {
                throw FsException.of(FsError.ENOTEMPTY, path, "directory not empty");
            }
            EntryTable.delete(c, dir.id());
            touch(c, parent, clock.millis());
            return null;
        });
    }

    @Override
    public FileStat rename(FsPath from, FsPath to) {
        if (from.isRoot() || to.isRoot()) {
            throw FsException.of(FsError.EINVAL, from.isRoot() ? from : to, "the root cannot be moved or replaced");
        }
        if (from.equals(to)) {
            return stat(from);
        }
        if (to.isWithin(from)) {
            throw new FsException(FsError.EINVAL, "EINVAL: cannot move '" + from + "' into itself, '" + to + "'");
        }
        return db.inTransaction(c -> {
            Entry fromParent = directory(c, from.parent(), false);
            Entry toParent = directory(c, to.parent(), false);
            boolean acrossDirectories = fromParent.id() != toParent.id();
            if (acrossDirectories) {
                // one move between directories at a time: otherwise two could each make the other's directory its child
                EntryTable.byId(c, FsSchema.ROOT_ID, true);
            }
            Entry first = lockDirectory(c, Math.min(fromParent.id(), toParent.id()), null);
            Entry second = lockDirectory(c, Math.max(fromParent.id(), toParent.id()), null);
            fromParent = first.id() == fromParent.id() ? first : second;
            toParent = first.id() == toParent.id() ? first : second;
            Entry source = EntryTable.child(c, fromParent.id(), from.name(), true)
                    .orElseThrow(() -> FsException.of(FsError.ENOENT, from, "no such file or directory"));
            if (source.isDirectory() && acrossDirectories && isAncestor(c, source.id(), toParent.id())) {
                throw new FsException(FsError.EINVAL, "EINVAL: cannot move '" + from + "' into itself, '" + to + "'");
            }
            Optional<Entry> target = EntryTable.child(c, toParent.id(), to.name(), true);
            if (target.isPresent()) {
                replaceable(c, source, target.get(), to);
                EntryTable.delete(c, target.get().id());
            }
            long now = clock.millis();
            Entry moved = new Entry(source.id(), toParent.id(), to.name(), source.kind(), source.size(), EntryTable.next(c),
                    source.mtime(), now);
            EntryTable.update(c, source, moved);
            touch(c, fromParent, now);
            if (acrossDirectories) {
                touch(c, toParent, now);
            }
            return moved.stat(to);
        });
    }

    @Override
    public FileStat copy(FsPath from, FsPath to, Precondition targetPrecondition) {
        if (from.equals(to)) {
            throw FsException.of(FsError.EINVAL, to, "a file cannot be copied onto itself");
        }
        return db.inTransaction(c -> {
            Entry source = resolve(c, from);
            if (source.isDirectory()) {
                throw FsException.of(FsError.EISDIR, from, "illegal operation on a directory");
            }
            ChunkTable.Snapshot original = ChunkTable.snapshot(c, source.id());
            return replace(c, to, targetPrecondition, original.chunks(), original.entry().size());
        });
    }

    /** Creates the file at {@code path}, or replaces its contents, with chunks already stored. */
    private FileStat replace(Connection c, FsPath path, Precondition precondition, List<Chunk> chunks, long size)
            throws SQLException {
        Target target = target(c, path);
        check(precondition, target.existing(), path);
        long now = clock.millis();
        Entry entry;
        if (target.existing() == null) {
            entry = EntryTable.insert(c, target.parent().id(), path.name(), FileKind.FILE, size, now);
            touch(c, target.parent(), now);
        } else {
            ChunkTable.deleteFrom(c, target.existing().id(), 0);
            entry = target.existing().changed(size, EntryTable.next(c), now);
            EntryTable.update(c, target.existing(), entry);
        }
        ChunkTable.insert(c, entry.id(), 0, chunks);
        return entry.stat(path);
    }

    /** The entry at {@code path}: ENOENT when a component is missing, ENOTDIR when one is a file. */
    private static Entry resolve(Connection c, FsPath path) throws SQLException {
        if (path.isRoot()) {
            return EntryTable.byId(c, FsSchema.ROOT_ID, false).orElseThrow();
        }
        long dir = FsSchema.ROOT_ID;
        FsPath at = FsPath.ROOT;
        List<String> names = path.names();
        for (int i = 0; ; i++) {
            at = at.resolve(names.get(i));
            Entry entry = EntryTable.child(c, dir, names.get(i), false)
                    .orElseThrow(() -> FsException.of(FsError.ENOENT, path, "no such file or directory"));
            if (i == names.size() - 1) {
                return entry;
            }
            if (!entry.isDirectory()) {
                throw FsException.of(FsError.ENOTDIR, path, "not a directory");
            }
            dir = entry.id();
        }
    }

    /** The directory at {@code path}, locked when asked. */
    private static Entry directory(Connection c, FsPath path, boolean lock) throws SQLException {
        Entry entry = resolve(c, path);
        if (!entry.isDirectory()) {
            throw FsException.of(FsError.ENOTDIR, path, "not a directory");
        }
        return lock ? lockDirectory(c, entry.id(), path) : entry;
    }

    /** Locks a directory found earlier; ENOENT when it was removed meanwhile. */
    private static Entry lockDirectory(Connection c, long id, FsPath path) throws SQLException {
        return EntryTable.byId(c, id, true)
                .orElseThrow(() -> path == null
                        ? new FsException(FsError.ENOENT, "ENOENT: a directory was removed meanwhile")
                        : FsException.of(FsError.ENOENT, path, "no such file or directory"));
    }

    /** A file's entry when it exists (locked), else its parent (locked) for creating it. */
    private record Target(Entry parent, Entry existing) {
    }

    private static Target target(Connection c, FsPath path) throws SQLException {
        if (path.isRoot()) {
            throw FsException.of(FsError.EISDIR, path, "illegal operation on a directory");
        }
        Entry parent = directory(c, path.parent(), false);
        Optional<Entry> existing = EntryTable.child(c, parent.id(), path.name(), true);
        if (existing.isEmpty()) {
            parent = lockDirectory(c, parent.id(), path.parent());
            existing = EntryTable.child(c, parent.id(), path.name(), true);
        }
        if (existing.isPresent() && existing.get().isDirectory()) {
            throw FsException.of(FsError.EISDIR, path, "illegal operation on a directory");
        }
        return new Target(parent, existing.orElse(null));
    }

    /** Refuses early, before a long stream is stored, what the transaction would refuse anyway. */
    private void failFast(FsPath path, Precondition precondition) {
        db.reading(c -> {
            Entry parent = directory(c, path.parent(), false);
            Entry existing = EntryTable.child(c, parent.id(), path.name(), false).orElse(null);
            if (existing != null && existing.isDirectory()) {
                throw FsException.of(FsError.EISDIR, path, "illegal operation on a directory");
            }
            check(precondition, existing, path);
            return null;
        });
    }

    private static void check(Precondition precondition, Entry existing, FsPath path) {
        switch (precondition) {
            case Precondition.None none -> {
            }
            case Precondition.Absent absent -> {
                if (existing != null) {
                    throw FsException.of(FsError.EEXIST, path, "file already exists");
                }
            }
            case Precondition.Version expected -> {
                if (existing == null) {
                    throw FsException.of(FsError.ENOENT, path, "no such file or directory");
                }
                if (existing.version() != expected.version()) {
                    throw FsException.of(FsError.ESTALE, path,
                            "expected version " + expected.version() + " but it is at version " + existing.version());
                }
            }
        }
    }

    /** Adds chunks at the end of a locked file, merging them with an inline last chunk. */
    private FileStat grow(Connection c, Entry entry, List<Chunk> added, long addedBytes, FsPath path, long now)
            throws SQLException {
        if (entry.size() + addedBytes > maxFileBytes) {
            throw FsException.of(FsError.EFBIG, path, "larger than the limit of " + maxFileBytes + " bytes");
        }
        if (!added.isEmpty()) {
            addChunks(c, entry, added);
        }
        Entry changed = entry.changed(entry.size() + addedBytes, EntryTable.next(c), now);
        EntryTable.update(c, entry, changed);
        return changed.stat(path);
    }

    private void addChunks(Connection c, Entry entry, List<Chunk> added) throws SQLException {
        ChunkTable.Tail tail = ChunkTable.tail(c, entry.id());
        if (tail == null || !tail.chunk().isInline()) {
            ChunkTable.insert(c, entry.id(), tail == null ? 0 : tail.seq() + 1, added);
        } else {
            List<Chunk> replacement = new ArrayList<>();
            if (added.size() == 1 && added.getFirst().isInline()) {
                byte[] merged = concat(tail.chunk().data(), added.getFirst().data());
                replacement.add(merged.length <= Chunk.INLINE_MAX ? Chunk.inline(merged) : Chunk.ofBlob(blobs.put(merged), merged.length));
            } else {
                replacement.add(Chunk.ofBlob(blobs.put(tail.chunk().data()), tail.chunk().length()));
                replacement.addAll(added);
            }
            ChunkTable.deleteFrom(c, entry.id(), tail.seq());
            ChunkTable.insert(c, entry.id(), tail.seq(), replacement);
        }
    }

    /** Drops a locked file's bytes from {@code length} on. */
    private void cut(Connection c, Entry entry, long length, FsPath path) throws SQLException {
        List<Chunk> chunks = ChunkTable.list(c, entry.id());
        long start = 0;
        for (int seq = 0; seq < chunks.size(); seq++) {
            Chunk chunk = chunks.get(seq);
            if (start + chunk.length() > length) {
                int keep = (int) (length - start);
                ChunkTable.deleteFrom(c, entry.id(), seq);
                if (keep > 0) {
                    byte[] bytes = Arrays.copyOf(bytesOf(chunk, path), keep);
                    ChunkTable.insert(c, entry.id(), seq,
                            List.of(keep <= Chunk.INLINE_MAX ? Chunk.inline(bytes) : Chunk.ofBlob(blobs.put(bytes), keep)));
                }
                return;
            }
            start += chunk.length();
        }
    }

    private byte[] bytesOf(Chunk chunk, FsPath path) {
        if (chunk.isInline()) {
            return chunk.data();
        }
        return blobs.get(chunk.blob()).orElseThrow(() -> new IllegalStateException(
                "chunk " + chunk.blob() + " of " + path + " is missing from the blob store"));
    }

    private static void replaceable(Connection c, Entry source, Entry target, FsPath to) throws SQLException {
        if (!source.isDirectory() && target.isDirectory()) {
            throw FsException.of(FsError.EISDIR, to, "illegal operation on a directory");
        }
        if (source.isDirectory() && !target.isDirectory()) {
            throw FsException.of(FsError.ENOTDIR, to, "not a directory");
        }
        if (target.isDirectory() && EntryTable.hasChildren(c, target.id())) {
            throw FsException.of(FsError.ENOTEMPTY, to, "directory not empty");
        }
    }

    /** Whether {@code ancestor} is {@code id} or lies above it. */
    private static boolean isAncestor(Connection c, long ancestor, long id) throws SQLException {
        long at = id;
        while (at != FsSchema.ROOT_ID) {
            if (at == ancestor) {
                return true;
            }
            at = EntryTable.byId(c, at, false).orElseThrow().parent();
        }
        return false;
    }

    private Entry createDirectory(Connection c, Entry parent, FsPath path) throws SQLException {
        if (EntryTable.child(c, parent.id(), path.name(), true).isPresent()) {
            throw FsException.of(FsError.EEXIST, path, "file already exists");
        }
        long now = clock.millis();
        Entry created = EntryTable.insert(c, parent.id(), path.name(), FileKind.DIRECTORY, 0, now);
        touch(c, parent, now);
        return created;
    }

    /** Creates {@code at} under the locked {@code parent} and every directory from there down to {@code path}. */
    private FileStat createRest(Connection c, Entry parent, FsPath at, FsPath path) throws SQLException {
        Entry current = createDirectory(c, parent, at);
        for (String name : path.names().subList(at.names().size(), path.names().size())) {
            at = at.resolve(name);
            current = createDirectory(c, current, at);
        }
        return current.stat(path);
    }

    private static void touch(Connection c, Entry directory, long now) throws SQLException {
        EntryTable.update(c, directory, directory.changed(directory.size(), EntryTable.next(c), now));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
