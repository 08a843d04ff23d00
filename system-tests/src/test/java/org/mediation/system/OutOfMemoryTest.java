package org.mediation.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.mediation.local.ServiceProcess;

/**
 * A service that runs out of heap exits, instead of living on with the threads the error killed (seen in a soak: an
 * OutOfMemoryError ended Tomcat's poller, and the process accepted connections and answered nothing, health included).
 * Started with the JVM options every service ships with ({@code service-jvm.options}), then a heap too small to start,
 * it must end by itself with the JVM's exit code for {@code -XX:+ExitOnOutOfMemoryError}, so that
 * {@code ./run-local.sh}, compose or an orchestrator starts it again.
 */
@Order(6)
class OutOfMemoryTest {

    /** The JVM's exit status after -XX:+ExitOnOutOfMemoryError. */
    private static final int EXITED_ON_OUT_OF_MEMORY = 3;

    @Test
    void a_service_out_of_heap_exits() throws Exception {
        Path log = Files.createTempFile("out-of-memory", ".log");
        Process service = new ProcessBuilder(ServiceProcess.command("registration-service", List.of("-Xmx16m")))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            assertThat(service.waitFor(90, TimeUnit.SECONDS))
                    .as("the JVM ended by itself; its output is in %s", log)
                    .isTrue();
            assertThat(service.exitValue()).isEqualTo(EXITED_ON_OUT_OF_MEMORY);
            assertThat(Files.readString(log)).contains("Terminating due to java.lang.OutOfMemoryError");
        } finally {
            service.destroyForcibly();
        }
    }
}
