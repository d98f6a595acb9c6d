package dev.continuum.editor.ansi;

/**
 * A colour set by an SGR sequence: one of the 256 indexed colours (0-15 are the theme's named
 * colours, 16-255 the fixed xterm cube and grey ramp) or a 24-bit colour.
 */
public sealed interface AnsiColor {

    /** The colour as 0xRRGGBB; the 16 named colours take JupyterLab's light-theme values. */
    int rgb();

    static AnsiColor indexed(int index) {
        return new Indexed(index);
    }

    static AnsiColor rgb(int red, int green, int blue) {
        return new Rgb(red, green, blue);
    }

    /** Index 0-255 of the xterm palette. */
    record Indexed(int index) implements AnsiColor {

        /** JupyterLab's --jp-ansi-* colours, normal then intense, in ANSI order (black, red, green, ...). */
        private static final int[] NAMED = {
                0x3E424D, 0xE75C58, 0x00A250, 0xDDB62B, 0x208FFB, 0xD160C4, 0x60C6C8, 0xC5C1B4,
                0x282C36, 0xB22B31, 0x007427, 0xB27D12, 0x0065CA, 0xA03196, 0x258F8F, 0xA1A6B2};

        public Indexed {
            if (index < 0 || index > 255) {
                throw new IllegalArgumentException("colour index out of range: " + index);
            }
        }

        /** Whether this is one of the 16 named colours the theme decides. */
        public boolean isNamed() {
            return index < 16;
        }

        @Override
        public int rgb() {
            if (index < 16) {
                return NAMED[index];
            }
            if (index < 232) {
                // 6x6x6 cube: levels 0, 95, 135, 175, 215, 255.
                int i = index - 16;
                return (level(i / 36) << 16) | (level((i / 6) % 6) << 8) | level(i % 6);
            }
            int grey = 8 + (index - 232) * 10;
            return (grey << 16) | (grey << 8) | grey;
        }

        private static int level(int step) {
            return step == 0 ? 0 : 55 + step * 40;
        }
    }

    /** A 24-bit colour; components are clamped to 0-255. */
    record Rgb(int red, int green, int blue) implements AnsiColor {

        public Rgb {
            red = clamp(red);
            green = clamp(green);
            blue = clamp(blue);
        }

        private static int clamp(int component) {
            return Math.max(0, Math.min(255, component));
        }

        @Override
        public int rgb() {
            return (red << 16) | (green << 8) | blue;
        }
    }
}
