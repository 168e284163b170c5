package cn.zhaoshang.notify.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The words of a district's daily brief (日通报) from the day's counted events. Plain Java. */
public final class BriefText {

    /** One counted fact; {@code ticketId} for ticket facts, so that a ticket counts once a day whatever it went through. */
    public record Fact(BriefLedger.Kind kind, String name, BigDecimal amount, java.util.UUID ticketId) {
    }

    private BriefText() {
    }

    /** {@code district}: the name people read (淮安经济技术开发区), or its code where no name is known. */
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
        // the inbox's words: 已办理 = resolved and awaiting the enterprise's confirmation, 办结 = closed
        text.append("；帮办诉求新增 ").append(count(facts, BriefLedger.Kind.TICKET_OPENED)).append(" 件、已办理 ")
                .append(count(facts, BriefLedger.Kind.TICKET_RESOLVED)).append(" 件、办结 ")
                .append(count(facts, BriefLedger.Kind.TICKET_CLOSED)).append(" 件、超时 ")
                .append(count(facts, BriefLedger.Kind.TICKET_OVERDUE)).append(" 件");
        text.append("；升级督办 ").append(count(facts, BriefLedger.Kind.ESCALATED)).append(" 件。");
        return text.toString();
    }

    /** Facts of a kind; ticket facts count each ticket once (a ticket resolved, reopened and resolved again is one). */
    public static long count(List<Fact> facts, BriefLedger.Kind kind) {
        List<Fact> ofKind = facts.stream().filter(f -> f.kind() == kind).toList();
        long withoutTicket = ofKind.stream().filter(f -> f.ticketId() == null).count();
        return withoutTicket + ofKind.stream().map(Fact::ticketId).filter(java.util.Objects::nonNull).distinct().count();
    }
}
