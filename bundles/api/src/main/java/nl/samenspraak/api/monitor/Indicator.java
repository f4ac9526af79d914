package nl.samenspraak.api.monitor;

import java.util.List;
import java.util.Objects;

/**
 * A figure of the Participatiemonitor, computed from what the platform recorded; nobody types it in.
 *
 * @param sleutel stable key, e.g. {@code besluiten.binnen_termijn}; docs/participatiemonitor.md explains each
 * @param label in Dutch
 * @param waarden its figures, in a stable order
 * @param berekening one sentence, in Dutch, on how it is computed
 */
public record Indicator(String sleutel, String label, List<Waarde> waarden, Periode periode, String berekening) {

    public Indicator {
        Objects.requireNonNull(sleutel, "sleutel");
        Objects.requireNonNull(label, "label");
        waarden = List.copyOf(waarden);
        Objects.requireNonNull(periode, "periode");
        Objects.requireNonNull(berekening, "berekening");
    }
}
