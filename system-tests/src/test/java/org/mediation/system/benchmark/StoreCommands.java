package org.mediation.system.benchmark;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The MongoDB commands a service has sent, by command name and collection, from its Micrometer counter
 * ({@code mongodb_driver_commands_seconds_count} on {@code /actuator/prometheus}): how many store round trips a
 * registration costs, service by service.
 */
final class StoreCommands {

    private static final Pattern COUNTER =
            Pattern.compile("^mongodb_driver_commands_seconds_count\\{(.*)} ([0-9.Ee+]+)$");
    private static final Pattern COLLECTION = Pattern.compile("collection=\"([^\"]*)\"");
    private static final Pattern COMMAND = Pattern.compile("command=\"([^\"]*)\"");

    private StoreCommands() {}

    /** The counters of a {@code /actuator/prometheus} answer, summed by command and collection. */
    static Map<String, Double> sent(String prometheus) {
        Map<String, Double> byCommand = new TreeMap<>();
        for (String line : prometheus.split("\n")) {
            Matcher counter = COUNTER.matcher(line);
            if (counter.matches()) {
                String sent = tag(COMMAND, counter.group(1)) + " " + tag(COLLECTION, counter.group(1));
                byCommand.merge(sent, Double.parseDouble(counter.group(2)), Double::sum);
            }
        }
        return byCommand;
    }

    private static String tag(Pattern tag, String tags) {
        Matcher value = tag.matcher(tags);
        return value.find() ? value.group(1) : "?";
    }

    /** Commands sent between two readings, per {@code registrations}, by command and collection and in all. */
    static String perRegistration(Map<String, Double> before, Map<String, Double> after, int registrations) {
        Map<String, Double> per = new TreeMap<>();
        after.forEach(
                (command, count) -> per.put(command, (count - before.getOrDefault(command, 0.0)) / registrations));
        per.values().removeIf(count -> count < 0.005);
        double all = per.values().stream().mapToDouble(Double::doubleValue).sum();
        StringBuilder text = new StringBuilder(String.format("%.2f", all));
        per.forEach((command, count) -> text.append(String.format(", %s %.2f", command, count)));
        return text.toString();
    }
}
