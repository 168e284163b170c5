package cn.zhaoshang.engines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) that keeps what it receives, for the local stack and tests; with a web port it
 * also lists the messages as JSON at {@code GET /}, newest last, so a newcomer can read what was "sent".
 */
public final class MailEngine implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GreenMail smtp;
    private final HttpServer web;

    private MailEngine(GreenMail smtp, HttpServer web) {
        this.smtp = smtp;
        this.web = web;
    }

    public static MailEngine start(int smtpPort, Integer webPort) throws IOException {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer web = null;
        if (webPort != null) {
            web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), webPort), 10);
            MailEngine engine = new MailEngine(smtp, web);
            web.createContext("/", exchange -> {
                byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(engine.messages());
                exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            web.start();
            return engine;
        }
        return new MailEngine(smtp, null);
    }

    public MimeMessage[] received() {
        return smtp.getReceivedMessages();
    }

    /** Every message received: to, subject, text. */
    public List<Map<String, String>> messages() {
        List<Map<String, String>> out = new ArrayList<>();
        for (MimeMessage m : received()) {
            Map<String, String> item = new LinkedHashMap<>();
            try {
                item.put("to", String.valueOf(m.getRecipients(Message.RecipientType.TO)[0]));
                item.put("subject", m.getSubject());
                item.put("text", new String(GreenMailUtil.getBody(m).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
            } catch (MessagingException e) {
                item.put("error", e.getMessage());
            }
            out.add(item);
        }
        return out;
    }

    @Override
    public void close() {
        if (web != null) {
            web.stop(0);
        }
        smtp.stop();
    }
}
