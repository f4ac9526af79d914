package nl.samenspraak.allocation.internal;

import java.util.List;
import java.util.Map;

import nl.samenspraak.allocation.Explanation;
import nl.samenspraak.allocation.Fraction;
import nl.samenspraak.allocation.Outcome;

/** A hand-written JSON rendering of an outcome (strings escaped per RFC 8259). */
public final class Json {

    private Json() {
    }

    public static String outcome(String file, Outcome outcome) {
        return outcome(file, 0, outcome);
    }

    /** With {@code ballotsWithRepeats}, ballots of the file that named a project more than once (a field only when some did). */
    public static String outcome(String file, int ballotsWithRepeats, Outcome outcome) {
        StringBuilder out = new StringBuilder("{");
        field(out, "file", file).append(',');
        if (ballotsWithRepeats > 0) {
            out.append("\"ballotsWithRepeats\":").append(ballotsWithRepeats).append(',');
        }
        field(out, "rule", outcome.rule().cliName()).append(',');
        field(out, "sat", outcome.satisfaction() == null ? null : outcome.satisfaction().cliName()).append(',');
        out.append("\"selected\":");
        stringArray(out, outcome.selectedIds()).append(',');
        number(out, "totalCost", outcome.totalCost()).append(',');
        number(out, "budget", outcome.budget()).append(',');
        if (outcome.welfare() != null) {
            number(out, "welfare", outcome.welfare()).append(',');
        }
        out.append("\"explanation\":{");
        field(out, "summary", outcome.explanation().summary()).append(",\"steps\":[");
        List<Explanation.Step> steps = outcome.explanation().steps();
        for (int i = 0; i < steps.size(); i++) {
            Explanation.Step step = steps.get(i);
            out.append(i == 0 ? "{" : ",{");
            field(out, "kind", step.kind().name().toLowerCase(java.util.Locale.ROOT)).append(',');
            field(out, "project", step.projectId()).append(',');
            field(out, "text", step.text());
            if (!step.details().isEmpty()) {
                out.append(",\"details\":{");
                boolean first = true;
                for (Map.Entry<String, String> detail : step.details().entrySet()) {
                    out.append(first ? "" : ",");
                    field(out, detail.getKey(), detail.getValue());
                    first = false;
                }
                out.append('}');
            }
            out.append('}');
        }
        return out.append("]}}").toString();
    }

    /** Exact value as a string ("1331751.11", "1/3"), which survives any JSON parser unrounded. */
    private static StringBuilder number(StringBuilder out, String name, Fraction value) {
        return field(out, name, value.isInteger() || value.denominator().bitLength() == 0 ? value.toString()
                : exactDecimalOrFraction(value));
    }

    private static String exactDecimalOrFraction(Fraction value) {
        try {
            return new java.math.BigDecimal(value.numerator()).divide(new java.math.BigDecimal(value.denominator()))
                    .toPlainString();
        } catch (ArithmeticException notTerminating) {
            return value.toString();
        }
    }

    private static StringBuilder stringArray(StringBuilder out, List<String> values) {
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            string(out, values.get(i));
        }
        return out.append(']');
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        string(out, name).append(':');
        if (value == null) {
            return out.append("null");
        }
        return string(out, value);
    }

    public static StringBuilder string(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\b':
                    out.append("\\b");
                    break;
                case '\f':
                    out.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.append('"');
    }
}
