package nl.samenspraak.api.initiatief;

import java.util.Objects;

/**
 * A participatietraject of the gemeente; its phase is the initiative's {@link Status}.
 *
 * @param niveau how far residents take part, on the participatieladder
 * @param beleidsterrein the policy area, e.g. "openbare ruimte"
 */
public record Trajectgegevens(Participatieniveau niveau, String beleidsterrein) implements Gegevens {

    public Trajectgegevens {
        Objects.requireNonNull(niveau, "niveau");
        Objects.requireNonNull(beleidsterrein, "beleidsterrein");
    }

    @Override
    public Initiatiefsoort soort() {
        return Initiatiefsoort.PARTICIPATIETRAJECT;
    }
}
