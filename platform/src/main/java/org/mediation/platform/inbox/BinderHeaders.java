package org.mediation.platform.inbox;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;

/** The dead-letter headers as the binder names them ({@code x-original-*}, {@code x-exception-*}), which operators read. */
final class BinderHeaders {

    private BinderHeaders() {}

    static HeaderNames names() {
        return HeaderNames.Builder.original()
                .offsetHeader("x-original-offset")
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .topicHeader("x-original-topic")
                .partitionHeader("x-original-partition")
                .consumerGroupHeader("x-original-consumer-group")
                .exception()
                .keyExceptionFqcn("x-exception-key-fqcn")
                .exceptionFqcn("x-exception-fqcn")
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .keyExceptionMessage("x-exception-key-message")
                .exceptionMessage("x-exception-message")
                .keyExceptionStacktrace("x-exception-key-stacktrace")
                .exceptionStacktrace("x-exception-stacktrace")
                .build();
    }
}
