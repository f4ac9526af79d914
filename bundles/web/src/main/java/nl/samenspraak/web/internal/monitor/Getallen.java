package nl.samenspraak.web.internal.monitor;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;

import nl.samenspraak.api.monitor.Eenheid;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Vergelijking;
import nl.samenspraak.api.monitor.Waarde;

/** Figures of the monitor in Dutch notation ({@code 66,7 %}, {@code € 12.345,67}), and what an empty one means. */
public final class Getallen {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(new Locale("nl", "NL"));

    /** The figure with its unit, or why there is none. */
    public String tekst(Indicator indicator, Waarde waarde) {
        if (waarde.getal().isEmpty()) {
            return isReactiecijfer(indicator) ? "te weinig reacties" : "geen gegevens";
        }
        return tekst(waarde.eenheid(), waarde.getal().get(), indicator.sleutel().startsWith("zelfevaluatie."));
    }

    /** A figure of the benchmark in the same notation, or "–" where there is none. */
    public String tekst(Vergelijking vergelijking, Optional<BigDecimal> getal) {
        return getal.map(g -> tekst(vergelijking.eenheid(), g, vergelijking.indicator().startsWith("zelfevaluatie."))).orElse("–");
    }

    /** The figures of questionnaires stay empty below the threshold of responses. */
    public boolean isReactiecijfer(Indicator indicator) {
        return indicator.sleutel().startsWith("reacties.") || indicator.sleutel().startsWith("zelfevaluatie.");
    }

    /** @param verschil a difference, written with its sign */
    static String tekst(Eenheid eenheid, BigDecimal g, boolean verschil) {
        return switch (eenheid) {
            case AANTAL -> getal(g, 0);
            case PROCENT -> getal(g, 1) + "\u00a0%";
            case DAGEN -> getal(g, 1) + "\u00a0dagen";
            case EURO -> "€\u00a0" + getal(g, 2);
            case CIJFER -> getal(g, 1);
            case SCORE -> (verschil && g.signum() > 0 ? "+" : "") + getal(g, 2);
        };
    }

    static String getal(BigDecimal getal, int decimalen) {
        DecimalFormat format = new DecimalFormat(decimalen == 0 ? "#,##0" : "#,##0." + "0".repeat(decimalen), NL);
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(getal);
    }
}
