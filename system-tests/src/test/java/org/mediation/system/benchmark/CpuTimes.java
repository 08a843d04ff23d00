package org.mediation.system.benchmark;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The CPU time (user and system) each process of the benchmark has used, from the operating system: what a
 * registration costs the machine, process by process, whatever the spread of the rates between runs.
 */
final class CpuTimes {

    private final Map<String, Duration> used;

    private CpuTimes(Map<String, Duration> used) {
        this.used = used;
    }

    /** The CPU each of these processes (by name, pid) has used until now. */
    static CpuTimes of(Map<String, Long> processes) {
        Map<String, Duration> used = new LinkedHashMap<>();
        processes.forEach((name, pid) -> used.put(
                name,
                ProcessHandle.of(pid)
                        .flatMap(process -> process.info().totalCpuDuration())
                        .orElse(Duration.ZERO)));
        return new CpuTimes(used);
    }

    /** Milliseconds of CPU per {@code registrations} since {@code before}, process by process and in all. */
    String perRegistration(CpuTimes before, int registrations) {
        Map<String, Double> each = new LinkedHashMap<>();
        used.forEach(
                (name, cpu) -> each.put(name, cpu.minus(before.used.get(name)).toNanos() / 1e6 / registrations));
        double all = each.values().stream().mapToDouble(Double::doubleValue).sum();
        return each.entrySet().stream()
                        .map(process -> String.format("%s %.1f", process.getKey(), process.getValue()))
                        .collect(Collectors.joining(", "))
                + String.format(", all %.1f ms", all);
    }
}
