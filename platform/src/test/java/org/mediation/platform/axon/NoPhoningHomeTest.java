package org.mediation.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.updates.LoggingUpdateCheckerReporter;
import org.axonframework.updates.UpdateChecker;
import org.axonframework.updates.UpdateCheckerHttpClient;
import org.axonframework.updates.api.UpdateCheckRequest;
import org.axonframework.updates.api.UpdateCheckResponse;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;

/** Axon's update checker (and its usage report) stays off in every service, whatever is set. */
class NoPhoningHomeTest {

    @Test
    void every_service_with_axon_gets_the_provider_that_switches_it_off() {
        assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
                .contains(NoPhoningHome.class.getName());
    }

    @Test
    void the_update_checker_sends_nothing_and_schedules_nothing_even_when_asked_to_check() {
        System.setProperty("axoniq.update-checker.disabled", "false");
        UsagePropertyProvider settings = new NoPhoningHome().usagePropertyProvider();
        AtomicInteger requests = new AtomicInteger();
        UpdateCheckerHttpClient http = new UpdateCheckerHttpClient(settings) {
            @Override
            public Optional<UpdateCheckResponse> sendRequest(UpdateCheckRequest request, boolean firstRequest) {
                requests.incrementAndGet();
                return Optional.empty();
            }
        };
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1);
        try {
            UpdateChecker checker = new UpdateChecker(http, new LoggingUpdateCheckerReporter(), settings, executor);
            checker.start();

            assertThat(executor.getQueue()).isEmpty();
            assertThat(executor.getCompletedTaskCount()).isZero();
            assertThat(requests).hasValue(0);
        } finally {
            executor.shutdownNow();
            System.clearProperty("axoniq.update-checker.disabled");
        }
    }
}
