package cn.zhaoshang.project.enterprise;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-character alphabet.
 * Position 1 is the registration authority (登记管理部门), 2 the organisation category that authority registers
 * (机构类别), 3–8 the administrative division (行政区划, a province's code first, or 100000 for national bodies),
 * 9–17 the organisation code, and 18 a check character over the first 17.
 */
public final class CreditCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Registration authority → the category codes it gives (GB 32100-2015, table 1). */
    private static final Map<Character, String> CATEGORIES = Map.ofEntries(
            Map.entry('1', "1239"),   // 机构编制: 机关, 事业单位, 中央编办直接管理的群众团体, 其他
            Map.entry('2', "19"),     // 外交: 外国常驻新闻机构, 其他
            Map.entry('3', "123459"), // 司法行政: 律师执业机构, 公证处, 基层法律服务所, 司法鉴定机构, 仲裁委员会, 其他
            Map.entry('4', "19"),     // 文化: 外国在华文化中心, 其他
            Map.entry('5', "1239"),   // 民政: 社会团体, 民办非企业单位, 基金会, 其他
            Map.entry('6', "129"),    // 旅游: 外国及港澳台旅游部门常驻代表机构, 其他
            Map.entry('7', "129"),    // 宗教: 宗教活动场所, 宗教院校, 其他
            Map.entry('8', "19"),     // 工会: 基层工会, 其他
            Map.entry('9', "123"),    // 工商: 企业, 个体工商户, 农民专业合作社
            Map.entry('A', "19"),     // 中央军委改革和编制办公室: 军队事业单位, 其他
            Map.entry('N', "1239"),   // 农业: 组级, 村级, 乡镇级集体经济组织, 其他
            Map.entry('Y', "1"));     // 其他
    /** The first two digits of every province-level division (GB/T 2260), Taiwan, Hong Kong and Macao included. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
            "65", "71", "81", "82");

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        return problem(code).isEmpty();
    }

    /** What is wrong with a code, in words for the person who typed it; empty when it is a code that can exist. */
    public static Optional<String> problem(String code) {
        if (code == null || code.length() != 18) {
            return Optional.of("must be 18 characters");
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return Optional.of("'" + code.charAt(i) + "' (position " + (i + 1) + ") is not used in credit codes"
                        + " (digits and capital letters except I, O, Z, S, V)");
            }
        }
        String categories = CATEGORIES.get(code.charAt(0));
        if (categories == null) {
            return Optional.of("'" + code.charAt(0) + "' is no registration authority (position 1: 1–9, A, N or Y)");
        }
        if (categories.indexOf(code.charAt(1)) < 0) {
            return Optional.of("'" + code.charAt(1) + "' is no organisation category of registration authority '"
                    + code.charAt(0) + "' (position 2: one of " + String.join(", ", categories.split("")) + ")");
        }
        String division = code.substring(2, 8);
        if (!division.chars().allMatch(Character::isDigit)
                || !(division.equals("100000") || PROVINCES.contains(division.substring(0, 2)))) {
            return Optional.of("'" + division + "' is no administrative division code (positions 3–8)");
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return Optional.of("the check character (position 18) does not match the first 17");
        }
        return Optional.empty();
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("need the first 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("'" + first17.charAt(i) + "' is not allowed in a credit code");
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
