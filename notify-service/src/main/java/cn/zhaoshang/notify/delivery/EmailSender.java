package cn.zhaoshang.notify.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.stream.Collectors;

/** Sends notification e-mails through the configured SMTP server; a daily digest goes as one message. */
@ApplicationScoped
public class EmailSender {

    private static final String SIGNATURE = "\n\n—— 招商引资项目服务平台（请勿直接回复）";

    private final Mailer mailer;

    public EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    SendResult send(String address, Outgoing n) {
        return send(address, "【" + (n.urgency().equals("URGENT") ? "紧急" : "通知") + "】" + n.title(), n.body() + SIGNATURE);
    }

    SendResult sendDigest(String address, List<Outgoing> items) {
        String text = items.stream().map(n -> "· " + n.title() + "\n  " + n.body()).collect(Collectors.joining("\n\n"));
        return send(address, "【每日汇总】" + items.size() + " 条通知", text + SIGNATURE);
    }

    private SendResult send(String address, String subject, String text) {
        try {
            mailer.send(Mail.withText(address, subject, text));
            return SendResult.ok(250);
        } catch (RuntimeException e) {
            return SendResult.failed(-1, e.getMessage());
        }
    }
}
