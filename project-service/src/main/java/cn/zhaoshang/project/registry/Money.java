package cn.zhaoshang.project.registry;

/** Bounds for amounts in 万元. */
public final class Money {
    /** 1万亿 in 万元: far above any single project, low enough to catch a unit mistake. */
    public static final String MAX = "100000000";

    private Money() {
    }
}
