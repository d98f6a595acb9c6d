package dev.continuum.ipynb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** What a file looked like when we read or wrote it, to tell whether someone changed it since. */
public record DiskSnapshot(long size, FileTime modified, byte[] sha256) {

    public static DiskSnapshot of(Path file, byte[] bytes) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return new DiskSnapshot(attributes.size(), attributes.lastModifiedTime(), sha256(bytes));
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
        return now.size() != size || !Arrays.equals(sha256(Files.readAllBytes(file)), sha256);
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiskSnapshot that && size == that.size && modified.equals(that.modified)
                && Arrays.equals(sha256, that.sha256);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(size) * 31 + Arrays.hashCode(sha256);
    }

    @Override
    public String toString() {
        return "DiskSnapshot[size=" + size + ", modified=" + modified + "]";
    }
}
