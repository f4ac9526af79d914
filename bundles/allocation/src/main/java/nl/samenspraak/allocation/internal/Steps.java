package nl.samenspraak.allocation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.samenspraak.allocation.Explanation.Step;
import nl.samenspraak.allocation.Explanation.StepKind;
import nl.samenspraak.allocation.Fraction;

/** Collects explanation steps; figures are rendered as decimals for the text and exactly in the details. */
final class Steps {

    private final List<Step> steps = new ArrayList<>();

    static String money(Fraction value) {
        return value.toDecimalString(12);
    }

    void add(StepKind kind, String projectId, String text, Object... detailPairs) {
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < detailPairs.length; i += 2) {
            details.put((String) detailPairs[i], String.valueOf(detailPairs[i + 1]));
        }
        steps.add(new Step(kind, projectId, text, details));
    }

    void addAll(List<Step> more) {
        steps.addAll(more);
    }

    List<Step> list() {
        return steps;
    }
}
