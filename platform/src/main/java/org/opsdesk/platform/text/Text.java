package org.opsdesk.platform.text;

/** Small string helpers for stored and rendered text. */
public final class Text {

    private Text() {
    }

    /** {@code value} cut to at most {@code max} characters, the last an ellipsis where it was cut; null stays null. */
    public static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
