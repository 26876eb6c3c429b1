package org.reportstats.text;

/**
 * Maps typographic characters to their plain forms for analysis, one character for one, so offsets in the
 * analysed text are offsets in the original, which is kept for display.
 */
public final class Typography {
    private Typography() {
    }

    public static String plain(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char p = plain(c);
            if (p != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = p;
            }
        }
        return chars == null ? text : new String(chars);
    }

    static char plain(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A' -> ' ';
            case '\u2026' -> '.';
            default -> c;
        };
    }
}
