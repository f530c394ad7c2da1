package dev.colony.gfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Blobs as files under a directory, fanned out by the hash's first two digits
 * ({@code ab/abcdef…}). A blob is written to a temporary file, forced to disk and renamed into
 * place, so a crash leaves either the whole blob or none of it.
 */
public final class DiskBlobStore extends WritingBlobStore {

    private final Path root;

    public DiskBlobStore(Path root) {
        try {
            this.root = Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the blob directory " + root, e);
        }
    }

    @Override
    public Optional<byte[]> get(String hash) {
        try {
            return Optional.of(Files.readAllBytes(path(BlobHashes.require(hash))));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + hash, e);
        }
    }

    @Override
    public boolean exists(String hash) {
        return Files.exists(path(BlobHashes.require(hash)));
    }

    @Override
    void write(String hash, byte[] bytes) {
        Path target = path(hash);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), hash, ".part");
            try {
                Files.write(temporary, bytes);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                // rename(2): a concurrent writer of the same blob replaces identical bytes
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write blob " + hash, e);
        }
    }

    private Path path(String hash) {
        return root.resolve(hash.substring(0, 2)).resolve(hash);
    }
}
