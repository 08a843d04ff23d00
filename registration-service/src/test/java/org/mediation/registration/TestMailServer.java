package org.mediation.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * A real SMTP server (GreenMail) in the test JVM, on a port of its own, for as long as the JVM runs: the services'
 * wiring tests send their participant notices to it. A test can take it away and bring it back on the same port.
 */
public final class TestMailServer {

    static {
        // GreenMail's connection threads throw when a client vanishes mid-conversation (a service killed, the server
        // stopped by a test): no await of this JVM may fail on that, only on its own condition.
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    private static final int PORT = freePort();
    private static GreenMail server = started();

    private TestMailServer() {}

    public static int port() {
        return PORT;
    }

    /** The mails received for this address, oldest first. */
    public static synchronized List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(server.getReceivedMessages())
                .filter(message -> recipient(message).equalsIgnoreCase(address))
                .toList();
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void start() {
        server = started();
    }

    private static GreenMail started() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for {@code count} mails to {@code address}, and checks no more came (each notice once). */
    public static List<MimeMessage> awaitMails(String address, int count, Duration atMost) {
        await().atMost(atMost).until(() -> receivedBy(address).size() >= count);
        List<MimeMessage> received = receivedBy(address);
        assertThat(received).as("each notice once").hasSize(count);
        return received;
    }

    /** The mail's parts of that type, decoded. */
    public static String text(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (!part.isMimeType("multipart/*")) {
            return "";
        }
        Multipart parts = (Multipart) part.getContent();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.getCount(); i++) {
            text.append(text(parts.getBodyPart(i), type));
        }
        return text.toString();
    }
}
