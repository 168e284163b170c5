package cn.zhaoshang.notify;

import cn.zhaoshang.engines.MailEngine;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/** A real SMTP server for the tests; notify-service sends to it as it would to any mail relay. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static MailEngine mail;

    public static MimeMessage[] received() {
        return mail.received();
    }

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            int port = socket.getLocalPort();
            socket.close();
            mail = MailEngine.start(port, null);
            return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port),
                    "quarkus.mailer.start-tls", "DISABLED");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.close();
        }
    }
}
