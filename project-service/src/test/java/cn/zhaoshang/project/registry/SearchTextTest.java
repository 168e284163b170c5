package cn.zhaoshang.project.registry;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTextTest {

    @Test
    void pairsAreTheDistinctAdjacentCharacters() {
        assertEquals(Set.of("光伏", "伏组", "组件"), Set.of(SearchText.pairs("光伏组件")));
        assertEquals(Set.of("翎骁", "骁翎"), Set.of(SearchText.pairs("翎骁翎骁")));
        assertEquals(Set.of("2g", "gw", "wh"), Set.of(SearchText.pairs("2gwh")));
        assertArrayEquals(new String[0], SearchText.pairs("光"));
        assertArrayEquals(new String[0], SearchText.pairs(""));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneCharacterAsInPostgreSql() {
        // 𠀀 (U+20000) is two UTF-16 units in Java and one character in PostgreSQL's substr
        assertEquals(Set.of("𠀀光", "光𠀀"), Set.of(SearchText.pairs("𠀀光𠀀")));
    }

    @Test
    void lowerCaseIsTheSameInEveryLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            // a Turkish default would give "jıangsu ı-park"
            assertEquals("jiangsu i-park", SearchText.normalized("JIANGSU I-PARK"));
            assertEquals("鹏鼎项目 image 91320800ma", SearchText.of("鹏鼎项目", "IMAGE", "91320800MA"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
