package dev.continuum.launchers.jupyter.process;

import dev.continuum.launchers.jupyter.wire.Json;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The connection file a kernel is started with. It holds the signing key, so it lives in a private
 * temporary folder (0700) and is readable by its owner only (0600) from the moment it exists;
 * {@link #delete()} removes file and folder.
 */
public final class ConnectionFile {

    private final Path dir;
    private final Path file;

    private ConnectionFile(Path dir, Path file) {
        this.dir = dir;
        this.file = file;
    }

    /** A new private folder for one kernel's connection file; nothing is written yet. */
    public static ConnectionFile createFor(String kernelName) throws IOException {
        Path dir = posix()
                ? Files.createTempDirectory("continuum-kernel-", PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")))
                : Files.createTempDirectory("continuum-kernel-");
        String safeName = kernelName.replaceAll("[^A-Za-z0-9._-]", "_");
        return new ConnectionFile(dir, dir.resolve("kernel-" + safeName + ".json"));
    }

    public Path path() {
        return file;
    }

    /** Writes (or rewrites, after a restart picked new ports) the file. */
    public void write(ConnectionInfo info) throws IOException {
        if (!Files.exists(file)) {
            FileAttribute<?>[] attributes = posix()
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                    : new FileAttribute<?>[0];
            Files.createFile(file, attributes);
        }
        Files.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(info.toJson()),
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Removes the file and its folder; quiet when they are already gone. */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
