package nl.samenspraak.allocation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.samenspraak.allocation.Explanation.Step;
import nl.samenspraak.allocation.Explanation.StepKind;
import nl.samenspraak.allocation.Fraction;

/**
 * Collects explanation steps; figures are rendered as decimals for the text and exactly in the details.
 * <p>
 * A collector that does not record (for {@code bin/allocate} without {@code --json}, which prints only the
 * selection) keeps nothing, and the rules skip writing steps for it: rendering the figures as decimals (exact
 * division) was about a tenth of a short process's CPU time for sequential Phragmén.
 */
final class Steps {

    private final List<Step> steps = new ArrayList<>();
    private final boolean recording;

    /** A collector that records every step. */
    Steps() {
        this(true);
    }

    Steps(boolean recording) {
        this.recording = recording;
    }

    /** False when the steps are not wanted: the rules may then skip the work of describing them. */
    boolean recording() {
        return recording;
    }

    static String money(Fraction value) {
        return value.toDecimalString(12);
    }

    void add(StepKind kind, String projectId, String text, Object... detailPairs) {
        if (!recording) {
            return;
        }
        Map<String, String> details = new LinkedHashMap<>();
        for (int i = 0; i + 1 < detailPairs.length; i += 2) {
            details.put((String) detailPairs[i], String.valueOf(detailPairs[i + 1]));
        }
        steps.add(new Step(kind, projectId, text, details));
    }

    void addAll(List<Step> more) {
        if (!recording) {
            return;
        }
        steps.addAll(more);
    }

    List<Step> list() {
        return steps;
    }
}
