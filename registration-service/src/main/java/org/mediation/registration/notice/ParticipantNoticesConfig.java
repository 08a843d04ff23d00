package org.mediation.registration.notice;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Set;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.mediation.registration.personaldata.PersonalDataCipher;
import org.mediation.registration.personallink.PersonalLinks;
import org.mediation.registration.programme.DayProgrammes;
import org.mediation.registration.regionalday.query.RegionalDayViews;
import org.mediation.registration.regionalday.query.RegistrationViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Participant notices and reminders, on when an SMTP server is set with Spring Mail's standard properties
 * ({@code spring.mail.host}, {@code spring.mail.port}, {@code spring.mail.username}, … — {@code SPRING_MAIL_HOST} and so
 * on); the sender is {@code regional-days.notices.from}. The notices' processor starts at the head of the event store,
 * and a failed event is retried (propagated, so the processor backs off and tries it again) rather than skipped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("spring.mail.host")
class ParticipantNoticesConfig {

    /**
     * Events read, and the token written once, per transaction: most events need no mail, and a failed mail rolls its
     * batch back, whose notices already sent are then found in the ledger and not sent again.
     */
    static final int BATCH = 50;

    @Bean
    NoticeLedger noticeLedger(MongoDatabase registrationDatabase) {
        return new NoticeLedger(registrationDatabase);
    }

    @Bean
    NoticeMailer noticeMailer(
            JavaMailSender mail,
            @Value("${regional-days.notices.from}") String from,
            PersonalLinks links,
            DayProgrammes programmes) {
        return new NoticeMailer(mail, templates(), from, links, programmes);
    }

    @Bean
    NoticeDelivery noticeDelivery(NoticeLedger ledger, NoticeMailer mailer, PersonalDataCipher cipher, Clock clock) {
        return new NoticeDelivery(ledger, mailer, cipher, clock);
    }

    @Bean
    ParticipantNotices participantNotices(
            NoticeDelivery delivery, RegionalDayViews days, RegistrationViews registrations) {
        return new ParticipantNotices(delivery, days, registrations);
    }

    /** Days are dated in France: « two days before » is counted in Europe/Paris (the service's clock). */
    @Bean
    ParticipantReminders participantReminders(
            NoticeDelivery delivery, RegionalDayViews days, RegistrationViews registrations, Clock clock) {
        return new ParticipantReminders(delivery, days, registrations, clock);
    }

    @Autowired
    void fromTheHeadAndRetried(EventProcessingConfigurer processing) {
        processing.registerTrackingEventProcessorConfiguration(
                ParticipantNotices.PROCESSING_GROUP,
                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(BATCH)
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken));
        processing.registerListenerInvocationErrorHandler(
                ParticipantNotices.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance());
    }

    /** {@code notices/*.html} as HTML (escaped), {@code notices/*.txt} as text. */
    private static TemplateEngine templates() {
        TemplateEngine engine = new TemplateEngine();
        engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html"));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt"));
        return engine;
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("notices/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        return resolver;
    }
}
