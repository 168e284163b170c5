package cn.zhaoshang.project.registry;

import java.math.BigDecimal;

/** Size tier by total investment, in 万元 (1亿 = 10,000万元). */
public enum Tier {
    SUB_YI("亿元以下", BigDecimal.ZERO),
    YI_1_TO_10("1–10亿", new BigDecimal("10000")),
    YI_10_TO_50("10–50亿", new BigDecimal("100000")),
    YI_50_PLUS("50亿以上", new BigDecimal("500000"));

    /** 重特大项目: 10亿 and above. */
    public static final Tier MAJOR_FROM = YI_10_TO_50;

    private final String label;
    private final BigDecimal floor;

    Tier(String label, BigDecimal floor) {
        this.label = label;
        this.floor = floor;
    }

    public String label() {
        return label;
    }

    /** The lowest total investment, in 万元, that reaches this tier. */
    public BigDecimal floor() {
        return floor;
    }

    public static Tier of(BigDecimal totalInvestment) {
        Tier tier = SUB_YI;
        for (Tier candidate : values()) {
            if (totalInvestment.compareTo(candidate.floor) >= 0) {
                tier = candidate;
            }
        }
        return tier;
    }

    /** Tiers at or above this one, e.g. YI_1_TO_10 is "亿元以上". */
    public boolean atLeast(Tier other) {
        return compareTo(other) >= 0;
    }

    public static boolean isMajor(Tier tier, boolean cityListed) {
        return cityListed || tier.atLeast(MAJOR_FROM);
    }
}
