package org.opsdesk.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsTextTest {

    @Test
    void aShortGsmMessageIsOneSegmentAndUnchanged() {
        assertThat(SmsText.fit("MI-42 Update 1: Payroll down.\nNext update: 15:05 CST", 2))
                .isEqualTo("MI-42 Update 1: Payroll down.\nNext update: 15:05 CST");
        assertThat(SmsText.segments("x".repeat(160))).isEqualTo(1);
        assertThat(SmsText.segments("x".repeat(161))).isEqualTo(2);
        assertThat(SmsText.segments("x".repeat(306))).isEqualTo(2);
    }

    @Test
    void typographicCharactersBecomeGsmSoTheMessageKeepsTheSevenBitAlphabet() {
        String fitted = SmsText.fit("It\u2019s \u201cdown\u201d \u2013 again\u2026", 1);
        assertThat(fitted).isEqualTo("It's \"down\" - again...");
        assertThat(SmsText.isGsm(fitted)).isTrue();
    }

    @Test
    void extensionCharactersCountTwiceAndOtherUnicodeMakesTheMessageUcs2() {
        assertThat(SmsText.segments("€".repeat(80))).isEqualTo(1);
        assertThat(SmsText.segments("€".repeat(81))).isEqualTo(2);
        assertThat(SmsText.segments("漢".repeat(70))).isEqualTo(1);
        assertThat(SmsText.segments("漢".repeat(71))).isEqualTo(2);
    }

    @Test
    void aLongMessageIsShortenedToItsSegmentsKeepingTheNextUpdateLine() {
        String body = "MI-42 Update 3: " + "the storage array is rebuilding its parity groups ".repeat(12);
        String fitted = SmsText.fit(body + "\nNext update: Mon 23 Nov 2026, 15:05 CST", 2);
        assertThat(SmsText.segments(fitted)).isEqualTo(2);
        assertThat(fitted).startsWith("MI-42 Update 3: ").endsWith("...\nNext update: Mon 23 Nov 2026, 15:05 CST");
    }
}
