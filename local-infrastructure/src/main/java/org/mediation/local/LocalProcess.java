package org.mediation.local;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A main class of this JVM's class path run as a JVM of its own, as {@code ./run-local.sh} runs the broker and the
 * MongoDB-wire server: it listens on one port of 127.0.0.1, and a test can {@link #pause()} it (SIGSTOP: it keeps its
 * connections and answers nothing, like a server that hangs) and {@link #resume()} it (SIGCONT).
 */
public final class LocalProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(60);

    private final Process process;
    private final int port;

    private LocalProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code mainClass} with a heap of {@code heap} (e.g. {@code 512m}), output to {@code log}; waits for the port. */
    static LocalProcess start(int port, Path log, String heap, String mainClass, String... arguments)
            throws IOException, InterruptedException {
        Process process = java(heap, mainClass, arguments)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
        LocalProcess started = new LocalProcess(process, port);
        started.awaitListening(mainClass, log);
        return started;
    }

    /** Runs {@code mainClass} to its end; answers its exit code. */
    static int run(Path log, String mainClass, String... arguments) throws IOException, InterruptedException {
        return java("256m", mainClass, arguments)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start()
                .waitFor();
    }

    /** This JVM's java and class path, with SLF4J's simple logger named as run-local does. */
    private static ProcessBuilder java(String heap, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                "-XX:+UseSerialGC",
                "-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command);
    }

    public int port() {
        return port;
    }

    /** The operating system's process id. */
    public long pid() {
        return process.pid();
    }

    public void pause() throws IOException, InterruptedException {
        signal("STOP");
    }

    public void resume() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    private void awaitListening(String mainClass, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        close();
        throw new IllegalStateException(mainClass + " does not listen on " + port + ": see " + log);
    }

    /** Resumed first if paused: a stopped process cannot act on SIGTERM. */
    @Override
    public void close() {
        try {
            resume();
        } catch (IOException | IllegalStateException e) {
            // already gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
