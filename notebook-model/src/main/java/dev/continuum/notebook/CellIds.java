package dev.continuum.notebook;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/** New cell ids: eight random hex digits, as nbformat makes them ({@code uuid4().hex[:8]}). */
public final class CellIds {

    private CellIds() {
    }

    public static String random() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    public static Supplier<String> randomSupplier() {
        return CellIds::random;
    }
}
