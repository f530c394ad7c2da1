package dev.colony.engine;

import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsError;
import dev.colony.gfs.fs.FsException;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.OpenFile;
import dev.colony.gfs.fs.Precondition;
import dev.colony.runtime.FileInfo;
import dev.colony.runtime.FileOperation;
import dev.colony.runtime.FileResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

/** One program file operation carried out on the global file system, its refusals as Node's codes. */
final class FileOperations {

    private FileOperations() {
    }

    /** Never throws: a refusal keeps its {@code FsError}'s name, a failing store is {@code EIO}. */
    static FileResult perform(Supplier<GlobalFileSystem> fs, FileOperation operation) {
        try {
            return run(fs.get(), operation);
        } catch (FsException e) {
            return new FileResult.Failure(e.error().name(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            return new FileResult.Failure("EIO", "the file system failed: " + e.getMessage());
        }
    }

    private static FileResult run(GlobalFileSystem fs, FileOperation operation) throws IOException {
        FsPath path = FsPath.parse(operation.path());
        return switch (operation) {
            case FileOperation.Stat stat -> new FileResult.Info(info(fs.stat(path)));
            case FileOperation.ReadDir readDir -> new FileResult.Entries(fs.list(path).stream().map(FileOperations::info).toList());
            case FileOperation.MakeDir mkdir -> done(fs.mkdir(path, mkdir.recursive()));
            case FileOperation.Read read -> read(fs, path, read);
            case FileOperation.Write write -> done(fs.write(path, new ByteArrayInputStream(write.data()),
                write.exclusive() ? Precondition.ABSENT : Precondition.NONE));
            case FileOperation.Append append -> done(fs.append(path, append.data()));
            case FileOperation.Truncate truncate -> done(fs.truncate(path, truncate.length(), Precondition.NONE));
            case FileOperation.Unlink unlink -> {
                fs.delete(path, Precondition.NONE);
                yield new FileResult.Done();
            }
            case FileOperation.RemoveDir rmdir -> {
                fs.rmdir(path, rmdir.recursive());
                yield new FileResult.Done();
            }
            case FileOperation.Remove remove -> remove(fs, path, remove);
            case FileOperation.Rename rename -> done(fs.rename(path, FsPath.parse(rename.to())));
            case FileOperation.Copy copy -> done(fs.copy(path, FsPath.parse(copy.to()),
                copy.exclusive() ? Precondition.ABSENT : Precondition.NONE));
        };
    }

    private static FileResult read(GlobalFileSystem fs, FsPath path, FileOperation.Read read) throws IOException {
        try (OpenFile file = fs.open(path, read.offset(), read.length())) {
            if (file.length() > FileOperation.MAX_DATA_BYTES) {
                return new FileResult.Failure("ERR_FS_FILE_TOO_LARGE", "File size (" + file.length()
                    + ") is greater than a program may read at once (" + FileOperation.MAX_DATA_BYTES + " bytes): '" + path
                    + "'; read it with a stream");
            }
            return new FileResult.Data(file.readAllBytes());
        }
    }

    /** Node's rm: a file, or a directory only with {@code recursive}; {@code force} makes a missing path no error. */
    private static FileResult remove(GlobalFileSystem fs, FsPath path, FileOperation.Remove remove) {
        Optional<FileStat> found = fs.find(path);
        if (found.isEmpty()) {
            if (remove.force()) {
                return new FileResult.Done();
            }
            throw new FsException(FsError.ENOENT, "ENOENT: no such file or directory, '" + path + "'");
        }
        if (found.get().isDirectory()) {
            if (!remove.recursive()) {
                return new FileResult.Failure("EISDIR", "EISDIR: is a directory (rm needs recursive), '" + path + "'");
            }
            fs.rmdir(path, true);
        } else {
            fs.delete(path, Precondition.NONE);
        }
        return new FileResult.Done();
    }

    private static FileResult done(FileStat ignored) {
        return new FileResult.Done();
    }

    private static FileInfo info(FileStat stat) {
        return new FileInfo(stat.name(), stat.isDirectory(), stat.size(), stat.version(), stat.mtime().toEpochMilli(),
            stat.ctime().toEpochMilli());
    }
}
