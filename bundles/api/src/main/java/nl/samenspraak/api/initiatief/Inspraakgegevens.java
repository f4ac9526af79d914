package nl.samenspraak.api.initiatief;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Termijn;

/**
 * A draft decision laid ter inzage, with what the ordinance in force on the first day says of it.
 *
 * @param terInzageVanaf first day ter inzage: the ordinance in force that day applies
 * @param zienswijzetermijn the term for zienswijzen and its article
 * @param zienswijzenTot last day a zienswijze is accepted
 * @param inspraakrecht who may submit one
 * @param reactienotaTot last day for the reactienota
 * @param reactienota the reactienota's general part, once published
 */
public record Inspraakgegevens(Besluitsoort besluitsoort, Onderwerp onderwerp, LocalDate terInzageVanaf,
        Termijn zienswijzetermijn, LocalDate zienswijzenTot, Inspraakrecht inspraakrecht, LocalDate reactienotaTot,
        Optional<String> reactienota) implements Gegevens {

    public Inspraakgegevens {
        Objects.requireNonNull(besluitsoort, "besluitsoort");
        Objects.requireNonNull(onderwerp, "onderwerp");
        Objects.requireNonNull(terInzageVanaf, "terInzageVanaf");
        Objects.requireNonNull(zienswijzetermijn, "zienswijzetermijn");
        Objects.requireNonNull(zienswijzenTot, "zienswijzenTot");
        Objects.requireNonNull(inspraakrecht, "inspraakrecht");
        Objects.requireNonNull(reactienotaTot, "reactienotaTot");
        Objects.requireNonNull(reactienota, "reactienota");
    }

    @Override
    public Initiatiefsoort soort() {
        return Initiatiefsoort.INSPRAAK;
    }

    /** Whether a zienswijze received on this day is in time. */
    public boolean binnenTermijn(LocalDate ontvangenOp) {
        return !ontvangenOp.isBefore(terInzageVanaf) && !ontvangenOp.isAfter(zienswijzenTot);
    }

    public Inspraakgegevens metReactienota(String tekst) {
        return new Inspraakgegevens(besluitsoort, onderwerp, terInzageVanaf, zienswijzetermijn, zienswijzenTot,
                inspraakrecht, reactienotaTot, Optional.of(tekst));
    }
}
