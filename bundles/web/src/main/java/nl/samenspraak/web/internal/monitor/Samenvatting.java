package nl.samenspraak.web.internal.monitor;

import java.util.ArrayList;
import java.util.List;

import nl.samenspraak.api.monitor.Indicator;

/**
 * What the public sees of the monitor on a gemeente's start page: the mean rapportcijfers, the share of decisions
 * within the legal term, the share of inspraak answered with a reactienota and of trajecten with a
 * terugkoppeling, over all years.
 */
public record Samenvatting(List<Regel> regels) {

    /** One row: what, and the figure in words. */
    public record Regel(String label, String tekst) {
    }

    public static Samenvatting van(List<Indicator> indicatoren) {
        Getallen getallen = new Getallen();
        List<Regel> regels = new ArrayList<>();
        regel(regels, getallen, indicatoren, "reacties.rapportcijfer", "proces", "Rapportcijfer van deelnemers voor hoe het ging");
        regel(regels, getallen, indicatoren, "reacties.rapportcijfer", "resultaat", "Rapportcijfer van deelnemers voor het resultaat");
        regel(regels, getallen, indicatoren, "besluiten.binnen_termijn", "aandeel", "Besluiten op aanvragen binnen de wettelijke termijn");
        regel(regels, getallen, indicatoren, "inspraak.reactienota", "aandeel", "Inspraak waarop de gemeente een reactienota gaf");
        regel(regels, getallen, indicatoren, "trajecten.terugkoppeling", "aandeel",
                "Trajecten waarin de gemeente vertelde wat zij met de inbreng deed");
        return new Samenvatting(regels);
    }

    private static void regel(List<Regel> regels, Getallen getallen, List<Indicator> indicatoren, String sleutel, String waarde,
            String label) {
        indicatoren.stream().filter(i -> i.sleutel().equals(sleutel)).findFirst().ifPresent(i -> i.waarden().stream()
                .filter(w -> w.sleutel().equals(waarde)).findFirst()
                .ifPresent(w -> regels.add(new Regel(label, getallen.tekst(i, w)))));
    }
}
