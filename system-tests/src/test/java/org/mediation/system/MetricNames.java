package org.mediation.system;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL text reads: the identifiers of its {@code expr:} lines (or {@code "expr":} fields), without
 * their label matchers, PromQL's functions, aggregations and keywords, or the labels named in {@code by (…)}.
 */
final class MetricNames {

    private static final Pattern EXPRESSION =
            Pattern.compile("\"?expr\"?\\s*:\\s*\"?(.+?)\"?,?\\s*$", Pattern.MULTILINE);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Set<String> PROMQL = Set.of(
            "and",
            "or",
            "unless",
            "by",
            "without",
            "on",
            "ignoring",
            "max",
            "min",
            "sum",
            "avg",
            "count",
            "rate",
            "increase",
            "irate",
            "histogram_quantile",
            "offset");

    private MetricNames() {}

    static Set<String> in(String text) {
        Set<String> names = new TreeSet<>();
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            String promql = expression
                    .group(1)
                    .replaceAll("\\{[^}]*}", " ")
                    .replaceAll("\\[[^]]*]", " ")
                    .replaceAll("(by|without)\\s*\\([^)]*\\)", " ");
            Matcher identifier = IDENTIFIER.matcher(promql);
            while (identifier.find()) {
                if (!PROMQL.contains(identifier.group())) {
                    names.add(identifier.group());
                }
            }
        }
        return names;
    }
}
