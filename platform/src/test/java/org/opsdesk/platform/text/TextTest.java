package org.opsdesk.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void aLongTextIsClippedToItsLimitWithAnEllipsisAndAShortOneIsKept() {
        assertThat(Text.clip("abcdef", 4)).isEqualTo("abc…").hasSize(4);
        assertThat(Text.clip("abcd", 4)).isEqualTo("abcd");
        assertThat(Text.clip(null, 4)).isNull();
    }

    @Test
    void nullEmptyAndWhitespaceAreBlank() {
        assertThat(Text.isBlank(null)).isTrue();
        assertThat(Text.isBlank(" \t")).isTrue();
        assertThat(Text.isBlank(" x ")).isFalse();
    }
}
