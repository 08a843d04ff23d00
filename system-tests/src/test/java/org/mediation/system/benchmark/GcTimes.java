package org.mediation.system.benchmark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The time each JVM of the benchmark has spent collecting garbage (young and full collections: serial collectors
 * stop the process for it, and it is CPU), read with {@code jstat -gcutil}: what of a registration's CPU is the
 * collector's, process by process.
 */
final class GcTimes {

    private static final Path JSTAT = Path.of(System.getProperty("java.home"), "bin", "jstat");

    private final Map<String, double[]> collected;

    private GcTimes(Map<String, double[]> collected) {
        this.collected = collected;
    }

    /** The collections of each of these JVMs (by name, pid) until now: {young count, young s, full count, full s}. */
    static GcTimes of(Map<String, Long> processes) {
        Map<String, double[]> collected = new LinkedHashMap<>();
        processes.forEach((name, pid) -> collected.put(name, jstat(pid)));
        return new GcTimes(collected);
    }

    /** Per process since {@code before}: collections (young + full) and milliseconds of them per registration. */
    String perRegistration(GcTimes before, int registrations) {
        return collected.entrySet().stream()
                .map(process -> {
                    double[] now = process.getValue();
                    double[] then = before.collected.get(process.getKey());
                    return String.format(
                            "%s %.0f+%.0f, %.2f ms",
                            process.getKey(),
                            now[0] - then[0],
                            now[2] - then[2],
                            (now[1] - then[1] + now[3] - then[3]) * 1e3 / registrations);
                })
                .collect(Collectors.joining("; "));
    }

    /** YGC, YGCT, FGC, FGCT of {@code jstat -gcutil}; zeros for a process that is not a JVM jstat can read. */
    private static double[] jstat(long pid) {
        try {
            Process jstat = new ProcessBuilder(JSTAT.toString(), "-gcutil", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            String[] lines =
                    new String(jstat.getInputStream().readAllBytes()).strip().split("\n");
            jstat.waitFor();
            if (lines.length < 2) {
                return new double[4];
            }
            String[] header = lines[0].trim().split("\\s+");
            String[] values = lines[1].trim().split("\\s+");
            Map<String, Double> byName = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(header.length, values.length); i++) {
                byName.put(header[i], values[i].equals("-") ? 0 : Double.parseDouble(values[i]));
            }
            return new double[] {
                byName.getOrDefault("YGC", 0.0),
                byName.getOrDefault("YGCT", 0.0),
                byName.getOrDefault("FGC", 0.0),
                byName.getOrDefault("FGCT", 0.0)
            };
        } catch (IOException | NumberFormatException e) {
            return new double[4];
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new double[4];
        }
    }
}
