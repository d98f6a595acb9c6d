package dev.continuum.ipynb;

/** Builds the JSON paths used in problems: {@code $.cells[3].metadata["my key"]}. */
final class JsonPaths {

    static final String ROOT = "$";

    private JsonPaths() {
    }

    static String field(String parent, String name) {
        if (isIdentifier(name)) {
            return parent + "." + name;
        }
        return parent + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    private static boolean isIdentifier(String name) {
        if (name.isEmpty() || !(Character.isLetter(name.charAt(0)) || name.charAt(0) == '_')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
