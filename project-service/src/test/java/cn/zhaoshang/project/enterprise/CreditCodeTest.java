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
        assertThat(CreditCode.isValid("91350100M000100Y43")).as("the published code, whole").isTrue();
    }

    @Test
    void refusesAWrongCheckCharacterAWrongLengthAndLettersOutsideTheAlphabet() {
        assertThat(CreditCode.isValid("91320800MA20TL004X")).isFalse();
        assertThat(CreditCode.isValid("91320800MA20TL004")).isFalse();
        assertThat(CreditCode.isValid("91320800MA20TLO04Y")).isFalse(); // O is not in the alphabet
        assertThat(CreditCode.isValid("91320800ma20tl004y")).isFalse();
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    /** Well-formed and checked, but no such code can exist (GB 32100-2015 structure). */
    @Test
    void refusesCodesWhoseStructureCannotExist() {
        assertThat(CreditCode.problem(withCheck("00000000000000000"))).get().asString().contains("registration authority");
        assertThat(CreditCode.isValid("000000000000000000")).isFalse();
        assertThat(CreditCode.problem(withCheck("94320800MA20TL004"))).get().asString().contains("organisation category");
        assertThat(CreditCode.problem(withCheck("B1320800MA20TL004"))).get().asString().contains("registration authority");
        assertThat(CreditCode.problem(withCheck("91990800MA20TL004"))).get().asString().contains("administrative division");
        assertThat(CreditCode.problem(withCheck("9132A800MA20TL004"))).get().asString().contains("administrative division");
        // real structures pass: an enterprise in Huai'an, a public institution, a social organisation, a national body
        assertThat(CreditCode.problem(withCheck("91320800MA20TL004"))).isEmpty();
        assertThat(CreditCode.problem(withCheck("12320800466000000"))).isEmpty();
        assertThat(CreditCode.problem(withCheck("51320800MJ0000000"))).isEmpty();
        assertThat(CreditCode.problem(withCheck("11100000000013127"))).isEmpty();
        assertThat(CreditCode.problem(withCheck("92320803MA1XKB802"))).as("个体工商户").isEmpty();
    }

    private static String withCheck(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
