package dev.continuum.app.ui;

import java.time.Duration;
import java.util.Locale;

/** How long a cell ran, short enough for the prompt column: "85 ms", "1.2 s", "3 min 05 s". */
final class RunTimes {

    private RunTimes() {
    }

    static String describe(Duration took) {
        long millis = took.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        long seconds = took.toSeconds();
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
