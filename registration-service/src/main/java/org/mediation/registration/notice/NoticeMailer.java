package org.mediation.registration.notice;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.mediation.registration.personallink.PersonalLinks;
import org.mediation.registration.programme.DayProgrammes;
import org.mediation.registration.programme.ProgrammeEntry;
import org.mediation.registration.regionalday.api.PersonalData;
import org.mediation.registration.regionalday.query.RegionalDayView;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A notice as a French mail, plain text and HTML (templates {@code notices/notice.txt} and {@code notices/notice.html},
 * rendered by Thymeleaf, which escapes every name and title in the HTML), handed to the SMTP server. Every mail
 * carries the participant's personal link; the reminder carries the day's programme too.
 */
class NoticeMailer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRANCE);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRANCE);

    private final JavaMailSender mail;
    private final TemplateEngine templates;
    private final String from;
    private final PersonalLinks links;
    private final DayProgrammes programmes;

    NoticeMailer(
            JavaMailSender mail, TemplateEngine templates, String from, PersonalLinks links, DayProgrammes programmes) {
        this.mail = mail;
        this.templates = templates;
        this.from = from;
        this.links = links;
        this.programmes = programmes;
    }

    /** Throws a {@link org.springframework.mail.MailException} when the server refuses the mail or is away. */
    void send(NoticeKind kind, String registrationId, PersonalData person, RegionalDayView day) {
        Context context = new Context(Locale.FRANCE);
        context.setVariable("firstName", person.firstName());
        context.setVariable("lead", kind.lead);
        context.setVariable("title", day.title());
        context.setVariable("date", DATE.format(day.date()));
        context.setVariable("venue", day.venue());
        context.setVariable("personalLink", links.urlOf(day.id(), registrationId, day.date()));
        context.setVariable("programme", kind == NoticeKind.REMINDER ? programme(day.id()) : List.of());
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

    /** The day's workshops as lines of the mail: « 14h00–15h30 · Title · Room », times and room when known. */
    private List<String> programme(String dayId) {
        return programmes.of(dayId).stream().map(NoticeMailer::line).toList();
    }

    private static String line(ProgrammeEntry workshop) {
        StringBuilder line = new StringBuilder();
        if (workshop.hasTimes()) {
            line.append(TIME.format(workshop.startsAt()))
                    .append("–")
                    .append(TIME.format(workshop.endsAt()))
                    .append(" · ");
        }
        line.append(workshop.title());
        if (workshop.room() != null) {
            line.append(" · ").append(workshop.room());
        }
        return line.toString();
    }
}
