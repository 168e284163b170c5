package cn.zhaoshang.notify.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The words of a district's daily brief (日通报) from the day's counted events. Plain Java. */
public final class BriefText {

    public record Fact(BriefLedger.Kind kind, String name, BigDecimal amount) {
    }

    private BriefText() {
    }

    public static String title(String district, LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日日通报（" + district + "）";
    }

    public static String body(LocalDate day, List<Fact> facts) {
        List<Fact> signed = facts.stream().filter(f -> f.kind() == BriefLedger.Kind.SIGNED).toList();
        BigDecimal amount = signed.stream().map(Fact::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
        StringBuilder text = new StringBuilder(day.getMonthValue() + "月" + day.getDayOfMonth() + "日：");
        text.append("新签约项目 ").append(signed.size()).append(" 个");
        if (!signed.isEmpty()) {
            text.append("，计划总投资 ").append(amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()).append(" 万元（")
                    .append(signed.stream().map(Fact::name).collect(Collectors.joining("、"))).append("）");
        }
        text.append("；项目阶段变化 ").append(count(facts, BriefLedger.Kind.STAGE_CHANGED) + signed.size()).append(" 次");
        text.append("；帮办诉求新增 ").append(count(facts, BriefLedger.Kind.TICKET_OPENED)).append(" 件、办结 ")
                .append(count(facts, BriefLedger.Kind.TICKET_RESOLVED)).append(" 件、超时 ")
                .append(count(facts, BriefLedger.Kind.TICKET_OVERDUE)).append(" 件");
        text.append("；升级督办 ").append(count(facts, BriefLedger.Kind.ESCALATED)).append(" 件。");
        return text.toString();
    }

    private static long count(List<Fact> facts, BriefLedger.Kind kind) {
        return facts.stream().filter(f -> f.kind() == kind).count();
    }
}
