package nl.samenspraak.web.internal.monitor;

import java.util.ArrayList;
import java.util.List;

import nl.samenspraak.api.monitor.Eenheid;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Waarde;

/**
 * The geometry of a horizontal bar chart of one indicator, computed here so the template only draws: a bar per
 * figure from the zero line, on a scale that starts at zero (or at the lowest negative figure) and ends at the
 * natural maximum of the unit (100 %, 10 for a rapportcijfer, 5 for a score) or the highest figure.
 *
 * @param breedte the width of the drawing, in its own units
 * @param nulX where the zero line is
 */
public record Staafdiagram(String id, String titel, int breedte, int hoogte, double nulX, List<Staaf> staven) {

    static final int BREEDTE = 640;
    static final int LABELS = 230;
    static final int WAARDEN = 110;
    static final int RIJ = 28;
    static final int MAX_LABEL = 34;

    /**
     * One bar.
     *
     * @param label the row's label, shortened to fit (the table beside it has it in full)
     * @param tekst the figure as written in the table
     * @param leeg no figure: no bar, the text says why
     */
    public record Staaf(String label, String tekst, double x, double y, double breedte, boolean leeg) {
    }

    static Staafdiagram van(Indicator indicator, Getallen getallen) {
        Eenheid eenheid = eenheid(indicator);
        List<Waarde> waarden = indicator.waarden().stream().filter(w -> w.eenheid() == eenheid).toList();
        double min = 0;
        double max = 0;
        for (Waarde w : waarden) {
            if (w.getal().isPresent()) {
                min = Math.min(min, w.getal().get().doubleValue());
                max = Math.max(max, w.getal().get().doubleValue());
            }
        }
        max = Math.max(max, natuurlijkMaximum(eenheid, min));
        int schaal = BREEDTE - LABELS - WAARDEN;
        double nulX = LABELS + (0 - min) / (max - min) * schaal;
        List<Staaf> staven = new ArrayList<>();
        for (int i = 0; i < waarden.size(); i++) {
            Waarde w = waarden.get(i);
            double y = i * RIJ;
            String tekst = getallen.tekst(indicator, w);
            if (w.getal().isEmpty()) {
                staven.add(new Staaf(kort(w.label()), tekst, rond(nulX), y, 0, true));
                continue;
            }
            double x = LABELS + (w.getal().get().doubleValue() - min) / (max - min) * schaal;
            staven.add(new Staaf(kort(w.label()), tekst, rond(Math.min(x, nulX)), y, rond(Math.abs(x - nulX)), false));
        }
        return new Staafdiagram("grafiek-" + indicator.sleutel().replace('.', '-').replace('_', '-'), indicator.label(), BREEDTE,
                Math.max(RIJ, staven.size() * RIJ), rond(nulX), staven);
    }

    /**
     * The unit drawn: a share where the indicator has one (its counts are in the table), else the first figure's.
     * Figures in another unit would mislead on this scale, so only the table shows them.
     */
    static Eenheid eenheid(Indicator indicator) {
        if (indicator.waarden().stream().anyMatch(w -> w.eenheid() == Eenheid.PROCENT)) {
            return Eenheid.PROCENT;
        }
        return indicator.waarden().isEmpty() ? Eenheid.AANTAL : indicator.waarden().get(0).eenheid();
    }

    /** The end of the scale when no figure is higher: a share ends at 100 %, a cijfer at 10, a score at 5. */
    private static double natuurlijkMaximum(Eenheid eenheid, double min) {
        return switch (eenheid) {
            case PROCENT -> 100;
            case CIJFER -> 10;
            case SCORE -> min < 0 ? Math.max(1, -min) : 5;
            default -> 1;
        };
    }

    /** To a tenth of a unit: enough for a drawing, and written without an exponent. */
    private static double rond(double v) {
        return Math.round(v * 10) / 10.0;
    }

    static String kort(String label) {
        return label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    /** Whether the indicator has any figure to draw. */
    public boolean heeftGetallen() {
        return staven.stream().anyMatch(s -> !s.leeg());
    }
}
