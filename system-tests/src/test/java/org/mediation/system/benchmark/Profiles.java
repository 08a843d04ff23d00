package org.mediation.system.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * With {@code -Dbenchmark.profiles=<dir>}: the processes are started with native memory tracking, a JFR recording
 * ({@code settings=profile}) runs over the measured part, and each process' recording and native memory summary are
 * written to {@code <dir>/<name>.jfr} and {@code <dir>/<name>-memory.txt} (the replay and {@code asOf} then as
 * {@code <name>-replay.jfr}). Without it, nothing: the figures of a
 * profiled run are not the figures.
 */
final class Profiles {

    static final String DIRECTORY = "benchmark.profiles";
    private static final Path JCMD = Path.of(System.getProperty("java.home"), "bin", "jcmd");

    private final Map<String, Long> processes;

    /** Of these processes (process id by name). */
    Profiles(Map<String, Long> processes) {
        this.processes = processes;
    }

    private static boolean wanted() {
        return System.getProperty(DIRECTORY) != null;
    }

    /** The JVM option that lets {@link #write()} read a process' native memory. */
    static String jvmOption() {
        return wanted() ? " -XX:NativeMemoryTracking=summary" : "";
    }

    void start() throws IOException, InterruptedException {
        if (!wanted()) {
            return;
        }
        for (long pid : processes.values()) {
            jcmd(pid, "JFR.start", "name=benchmark", "settings=profile");
        }
    }

    /** Stops the recording and writes it as {@code <dir>/<process><suffix>.jfr}. */
    void write(String suffix) throws IOException, InterruptedException {
        if (!wanted()) {
            return;
        }
        Path directory = Files.createDirectories(Path.of(System.getProperty(DIRECTORY)));
        for (Map.Entry<String, Long> process : processes.entrySet()) {
            Path recording = directory.resolve(process.getKey() + suffix + ".jfr");
            jcmd(process.getValue(), "JFR.stop", "name=benchmark", "filename=" + recording);
            String memory = jcmd(process.getValue(), "VM.native_memory", "summary");
            Files.writeString(directory.resolve(process.getKey() + suffix + "-memory.txt"), memory);
            System.out.printf(
                    "profile %s: %s, native memory %s%n",
                    process.getKey(),
                    recording,
                    memory.lines()
                            .filter(line -> line.startsWith("Total:"))
                            .findFirst()
                            .orElse("not tracked"));
        }
    }

    private static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(JCMD.toString(), Long.toString(pid)));
        arguments.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(arguments).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        jcmd.waitFor();
        return output;
    }
}
