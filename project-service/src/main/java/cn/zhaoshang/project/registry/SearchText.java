package cn.zhaoshang.project.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the list's {@code q} searches: a project's name with its enterprise's name and credit code, lower-cased; and
 * which runs of characters a search looks up first. PostgreSQL keeps every run of two and of three adjacent characters
 * of each stored text ({@code search_grams}, V16, the same as {@link #grams}): pairs because a Chinese word is often
 * two characters (光伏, 医药), triples because they are far rarer than pairs, so the index has less to intersect; and
 * unlike pg_trgm's, they do not depend on the database's locale classing Chinese characters as letters.
 */
public final class SearchText {

    private SearchText() {
    }

    public static String of(String projectName, String enterpriseName, String creditCode) {
        return normalized(projectName + " " + enterpriseName + " " + creditCode);
    }

    /** Lower case, the same whatever the server's locale (a Turkish one would turn "I" into "ı"). */
    public static String normalized(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Every run of two and of three adjacent characters, counted in code points as PostgreSQL's {@code substr} counts them. */
    public static Set<String> grams(String text) {
        int[] characters = text.codePoints().toArray();
        Set<String> grams = new TreeSet<>();
        for (int length = 2; length <= 3; length++) {
            for (int i = 0; i + length <= characters.length; i++) {
                grams.add(new String(characters, i, length));
            }
        }
        return grams;
    }

    /**
     * What a search looks up in the index: a text holding the search holds each of them. Two characters are one pair;
     * longer searches are triples laid end to end, the last one flush with the end, so that every character is in one
     * (all of its triples would only give the index more lists to intersect; the match itself is checked after). A
     * single character has nothing to look up.
     */
    public static String[] lookup(String search) {
        int[] characters = search.codePoints().toArray();
        if (characters.length < 3) {
            return characters.length == 2 ? new String[] {new String(characters, 0, 2)} : new String[0];
        }
        List<String> triples = new ArrayList<>();
        for (int i = 0; i + 3 <= characters.length; i += 3) {
            triples.add(new String(characters, i, 3));
        }
        if (characters.length % 3 != 0) {
            triples.add(new String(characters, characters.length - 3, 3));
        }
        return new TreeSet<>(triples).toArray(String[]::new);
    }
}
