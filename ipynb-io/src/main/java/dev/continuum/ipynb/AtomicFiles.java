package dev.continuum.ipynb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file so that a reader (or a crash) sees either the old bytes or the new ones, never a
 * mix: write a temporary file in the same folder, flush it to disk, give it the old file's
 * permissions, rename it over the target, flush the folder. A symlink is followed, so the link
 * stays a link.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> NEW_FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /** A temporary file older than this was left by a save that died (killed, power cut). */
    static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofHours(1);

    /**
     * Removes temporary files that saves of {@code target} left behind when they were killed; ones
     * younger than an hour may belong to a save still running elsewhere and are kept. Returns how
     * many were removed.
     */
    public static int removeAbandonedTemporaries(Path target) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        String prefix = "." + file.getFileName() + ".";
        java.nio.file.attribute.FileTime cutoff = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(ABANDONED_AFTER));
        int removed = 0;
        try (var entries = Files.newDirectoryStream(dir, path -> {
            String name = path.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX);
        })) {
            for (Path temp : entries) {
                if (Files.getLastModifiedTime(temp).compareTo(cutoff) < 0 && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static final String TEMP_SUFFIX = ".continuum-tmp";

    public static void write(Path target, byte[] bytes) throws IOException {
        Path file = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
        Path dir = file.getParent();
        Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("cannot save " + file + " atomically: its folder does not support rename", e);
            }
            syncDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (target == null) {
            return; // not a POSIX file system: the platform default applies
        }
        if (Files.exists(from, LinkOption.NOFOLLOW_LINKS)) {
            PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
            target.setPermissions(source.readAttributes().permissions());
        } else {
            target.setPermissions(NEW_FILE_PERMISSIONS);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot sync a folder; the rename itself already happened.
        }
    }
}
