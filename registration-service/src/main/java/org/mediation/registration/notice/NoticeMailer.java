package org.mediation.registration.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A notice as a French mail, plain text and HTML (templates {@code notices/notice.txt} and {@code notices/notice.html},
 * rendered by Thymeleaf, which escapes every name and title in the HTML), handed to the SMTP server.
 */
class NoticeMailer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);

    private final JavaMailSender mail;
    private final TemplateEngine templates;
    private final String from;

    NoticeMailer(JavaMailSender mail, TemplateEngine templates, String from) {
        this.mail = mail;
        this.templates = templates;
        this.from = from;
    }

    /** Throws a {@link org.springframework.mail.MailException} when the server refuses the mail or is away. */
    void send(NoticeKind kind, PersonalData person, RegionalDayView day) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable("firstName", person.firstName());
        context.setVariable("lead", kind.lead);
        context.setVariable("title", day.title());
        context.setVariable("date", DATE.format(day.date()));
        context.setVariable("venue", day.venue());
        MimeMessage message = mail.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(person.email());
            helper.setSubject(kind.subject + " — " + day.title());
            helper.setText(templates.process("notice.txt", context), templates.process("notice.html", context));
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mail.send(message);
    }
}
