package nl.samenspraak.api.initiatief;

import java.time.LocalDate;
import java.util.Objects;

import nl.samenspraak.rules.Uitdaagverzoek;

/**
 * An uitdaagrecht request as the ordinance judges it.
 *
 * @param verzoek the request; its {@code ontvangenOp} picks the ordinance
 * @param beslistTot the last day for the besluit under the ordinance's term
 */
public record Uitdaaggegevens(Uitdaagverzoek verzoek, LocalDate beslistTot) implements Gegevens {

    public Uitdaaggegevens {
        Objects.requireNonNull(verzoek, "verzoek");
        Objects.requireNonNull(beslistTot, "beslistTot");
    }

    @Override
    public Initiatiefsoort soort() {
        return Initiatiefsoort.UITDAAGRECHT;
    }
}
