package cn.zhaoshang.project.registry;

import java.util.Locale;
import java.util.TreeSet;

/**
 * What the list's {@code q} searches: a project's name with its enterprise's name and credit code, lower-cased, and
 * the pairs of adjacent characters a search looks up first. PostgreSQL keeps the same pairs of every stored text
 * ({@code search_bigrams}, V16): pairs, not pg_trgm's triples, because a Chinese word is often two characters (光伏,
 * 医药), and because they do not depend on the database's locale classing Chinese characters as letters.
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

    /** Every distinct pair of adjacent characters, counted in code points as PostgreSQL's {@code substr} counts them. */
    public static String[] pairs(String text) {
        int[] characters = text.codePoints().toArray();
        TreeSet<String> pairs = new TreeSet<>();
        for (int i = 0; i + 1 < characters.length; i++) {
            pairs.add(new String(characters, i, 2));
        }
        return pairs.toArray(String[]::new);
    }
}
