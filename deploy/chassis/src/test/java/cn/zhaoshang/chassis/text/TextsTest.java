package cn.zhaoshang.chassis.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    @Test
    void textMadeOnlyOfMarksAndSpacesShowsNothing() {
        assertThat(Texts.hasVisibleCharacter("\u200b\u200e\u200f")).isFalse();
        assertThat(Texts.hasVisibleCharacter(" \u3000\ufeff\t")).isFalse();
        assertThat(Texts.hasVisibleCharacter("\u200b杆线")).isTrue();
        assertThat(Texts.hasVisibleCharacter("𠀋")).as("a character beyond the BMP").isTrue();
    }

    @Test
    void aLoneSurrogateIsNotWellFormed() {
        assertThat(Texts.isWellFormed("杆线\ud800")).isFalse();
        assertThat(Texts.isWellFormed("\udc00杆线")).isFalse();
        assertThat(Texts.isWellFormed("𠀋杆线")).isTrue();
    }
}
