package dev.continuum.ipynb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32C;

/**
 * What a file looked like when we read or wrote it, to tell whether someone changed it since. The
 * checksum is CRC-32C: this guards against accidents (another editor saving), not an adversary, and
 * it costs a few milliseconds on a 20 MB notebook where a cryptographic hash costs tens.
 */
public record DiskSnapshot(long size, FileTime modified, long checksum) {

    public static DiskSnapshot of(Path file, byte[] bytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new DiskSnapshot(attributes.size(), attributes.lastModifiedTime(), checksum(bytes));
    }

    /**
     * True when the file on disk is no longer what this snapshot saw: deleted, or different bytes.
     * Size and time are compared first; the bytes are hashed only when those moved (a touch alone
     * is not a change).
     */
    public boolean differsFrom(Path file) throws IOException {
        BasicFileAttributes now;
        try {
            now = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return true;
        }
        if (now.size() == size && now.lastModifiedTime().equals(modified)) {
            return false;
        }
        return now.size() != size || checksum(Files.readAllBytes(file)) != checksum;
    }

    static long checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }
}
