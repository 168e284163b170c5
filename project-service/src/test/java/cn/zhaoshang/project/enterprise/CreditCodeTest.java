package cn.zhaoshang.project.enterprise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCodeTest {

    @Test
    void acceptsCodesWhoseCheckCharacterIsRight() {
        assertThat(CreditCode.isValid("91320800MA20TL004Y")).isTrue();
        assertThat(CreditCode.isValid("91320891MA1MTRN01G")).isTrue();
        // a published code (checked by hand against GB 32100-2015)
        assertThat(CreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void refusesAWrongCheckCharacterAWrongLengthAndLettersOutsideTheAlphabet() {
        assertThat(CreditCode.isValid("91320800MA20TL004X")).isFalse();
        assertThat(CreditCode.isValid("91320800MA20TL004")).isFalse();
        assertThat(CreditCode.isValid("91320800MA20TLO04Y")).isFalse(); // O is not in the alphabet
        assertThat(CreditCode.isValid("91320800ma20tl004y")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }
}
