package org.mediation.system;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * The SMTP server (GreenMail) registration-service sends its participant notices to, in the test JVM on a port of its
 * own: the tests read what each participant received, and the personal link in it.
 */
final class SystemMail {

    static {
        // GreenMail's connection threads throw when a client vanishes mid-conversation (a service killed, the server
        // stopped by a test): no await of this JVM may fail on that, only on its own condition.
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    private static final int PORT = freePort();
    private static final GreenMail SERVER = started();
    private static final Pattern PERSONAL_LINK = Pattern.compile("/mon-inscription/\\?lien=(\\S+)");

    private SystemMail() {}

    static int port() {
        return PORT;
    }

    /** Waits for the {@code count}-th mail to {@code address} and answers it. */
    static MimeMessage awaitMail(String address, int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> receivedBy(address).size() >= count);
        return receivedBy(address).get(count - 1);
    }

    /** The token of the personal link a mail carries. */
    static String personalLinkIn(MimeMessage mail) {
        Matcher link = PERSONAL_LINK.matcher(plainText(mail));
        if (!link.find()) {
            throw new AssertionError("no personal link in the mail");
        }
        return link.group(1);
    }

    /** The mail's text/plain part, decoded. */
    static String plainText(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (!part.isMimeType("multipart/*")) {
                return "";
            }
            Multipart parts = (Multipart) part.getContent();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < parts.getCount(); i++) {
                text.append(plainText(parts.getBodyPart(i)));
            }
            return text.toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> receivedBy(String address) {
        return Arrays.stream(SERVER.getReceivedMessages())
                .filter(mail -> GreenMailUtil.getAddressList(recipients(mail)).equalsIgnoreCase(address))
                .toList();
    }

    private static jakarta.mail.Address[] recipients(MimeMessage mail) {
        try {
            return mail.getAllRecipients();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail started() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
