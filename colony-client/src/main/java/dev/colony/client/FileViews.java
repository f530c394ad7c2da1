package dev.colony.client;

import dev.colony.gfs.fs.FileKind;
import dev.colony.gfs.fs.FileStat;
import dev.colony.gfs.fs.FsPath;
import dev.colony.protocol.api.FileView;
import java.time.Instant;

/** {@link FileStat}, the file system's view of an entry, and {@link FileView}, REST's, into each other. */
public final class FileViews {
    private FileViews() {
    }

    public static FileView view(FileStat stat) {
        return new FileView(stat.path().value(), stat.name(), stat.isFile() ? FileView.FILE : FileView.DIRECTORY,
            stat.size(), stat.version(), stat.mtime().toEpochMilli(), stat.ctime().toEpochMilli());
    }

    /** Refuses (with {@code EINVAL}) a view whose path is not a valid path. */
    public static FileStat stat(FileView view) {
        return new FileStat(FsPath.parse(view.path()), FileView.DIRECTORY.equals(view.kind()) ? FileKind.DIRECTORY : FileKind.FILE,
            view.size(), view.version(), Instant.ofEpochMilli(view.mtimeMillis()), Instant.ofEpochMilli(view.ctimeMillis()));
    }
}
