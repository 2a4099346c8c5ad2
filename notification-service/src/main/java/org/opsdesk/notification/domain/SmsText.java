package org.opsdesk.notification.domain;

/**
 * Fits a text message into at most N SMS segments. Typographic characters are replaced by their GSM-7 equivalents
 * so a message stays in the 7-bit alphabet (160 characters, 153 per part when split); any other non-GSM character
 * makes it UCS-2 (70, 67 per part). When too long, the body is shortened and the last line (the next update time)
 * is always kept.
 */
public final class SmsText {

    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENDED = "^{}\\[~]|€";
    private static final String ELLIPSIS = "...";

    private SmsText() {
    }

    public static String fit(String text, int maxSegments) {
        String normalized = normalize(text.strip());
        if (segments(normalized) <= maxSegments) {
            return normalized;
        }
        int lastBreak = normalized.lastIndexOf('\n');
        String tail = lastBreak < 0 ? "" : normalized.substring(lastBreak);
        String head = lastBreak < 0 ? normalized : normalized.substring(0, lastBreak);
        while (!head.isEmpty() && segments(head + ELLIPSIS + tail) > maxSegments) {
            head = head.substring(0, head.length() - 1);
        }
        String fitted = head.strip() + ELLIPSIS + tail;
        return segments(fitted) <= maxSegments ? fitted : fitted.substring(0, capacity(isGsm(fitted), maxSegments));
    }

    public static int segments(String text) {
        boolean gsm = isGsm(text);
        int units = gsm ? gsmLength(text) : text.length();
        if (units <= (gsm ? 160 : 70)) {
            return 1;
        }
        int perPart = gsm ? 153 : 67;
        return (units + perPart - 1) / perPart;
    }

    static boolean isGsm(String text) {
        return text.chars().allMatch(c -> GSM_BASIC.indexOf(c) >= 0 || GSM_EXTENDED.indexOf(c) >= 0);
    }

    private static int gsmLength(String text) {
        return text.length() + (int) text.chars().filter(c -> GSM_EXTENDED.indexOf(c) >= 0).count();
    }

    private static int capacity(boolean gsm, int segments) {
        if (segments == 1) {
            return gsm ? 160 : 70;
        }
        return (gsm ? 153 : 67) * segments;
    }

    private static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace("\u2026", ELLIPSIS).replace('\u00a0', ' ')
                .replace('\t', ' ');
    }
}
