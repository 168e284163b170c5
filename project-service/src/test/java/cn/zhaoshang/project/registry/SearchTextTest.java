package cn.zhaoshang.project.registry;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchTextTest {

    @Test
    void aStoredTextKeepsEveryRunOfTwoAndOfThreeCharacters() {
        assertEquals(Set.of("光伏", "伏组", "组件", "光伏组", "伏组件"), SearchText.grams("光伏组件"));
        assertEquals(Set.of("翎骁", "骁翎", "翎骁翎", "骁翎骁"), SearchText.grams("翎骁翎骁"));
        assertEquals(Set.of(), SearchText.grams("光"));
    }

    @Test
    void aSearchLooksUpItsPairOrTriplesThatCoverIt() {
        assertEquals(List.of("光伏"), List.of(SearchText.lookup("光伏")));
        assertEquals(List.of("锂电池"), List.of(SearchText.lookup("锂电池")));
        // laid end to end from the start, the last one flush with the end
        assertEquals(Set.of("年产储", "能电池", "电池项"), Set.of(SearchText.lookup("年产储能电池项")));
        assertEquals(Set.of("ben", "ch项", "目42", "242"), Set.of(SearchText.lookup("bench项目4242")));
        assertEquals(List.of(), List.of(SearchText.lookup("光")));
        // every character of the search is in one of them
        for (String search : List.of("ab", "abc", "abcd", "abcde", "abcdef", "abcdefg")) {
            StringBuilder covered = new StringBuilder();
            for (String gram : SearchText.lookup(search)) {
                covered.append(gram);
            }
            assertEquals(Set.copyOf(search.chars().boxed().toList()), Set.copyOf(covered.chars().boxed().toList()), search);
        }
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsOneCharacterAsInPostgreSql() {
        // 𠀀 (U+20000) is two UTF-16 units in Java and one character in PostgreSQL's substr
        assertEquals(Set.of("𠀀光", "光𠀀", "𠀀光𠀀"), SearchText.grams("𠀀光𠀀"));
        assertEquals(List.of("𠀀光"), List.of(SearchText.lookup("𠀀光")));
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
