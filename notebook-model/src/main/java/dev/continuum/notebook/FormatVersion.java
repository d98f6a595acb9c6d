package dev.continuum.notebook;

/** An nbformat version such as 4.5. */
public record FormatVersion(int major, int minor) implements Comparable<FormatVersion> {

    /** The newest format this project reads and writes. */
    public static final FormatVersion CURRENT = new FormatVersion(4, 5);

    /** Cell ids became part of the format in 4.5. */
    public boolean hasCellIds() {
        return compareTo(new FormatVersion(4, 5)) >= 0;
    }

    @Override
    public int compareTo(FormatVersion other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
