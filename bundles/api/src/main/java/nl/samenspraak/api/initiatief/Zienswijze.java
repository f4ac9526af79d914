package nl.samenspraak.api.initiatief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A zienswijze on a draft decision, and the reactienota's answer to it.
 *
 * @param indiener the user who submitted it, or the civil servant who registered one received on paper
 * @param ontvangenOp the day it was received, which decides whether it is in time
 * @param geregistreerdOp when it was stored
 */
public record Zienswijze(String id, String inspraakId, String indiener, LocalDate ontvangenOp, Instant geregistreerdOp,
        String inhoud, Optional<String> antwoord) {

    public Zienswijze {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(inspraakId, "inspraakId");
        Objects.requireNonNull(indiener, "indiener");
        Objects.requireNonNull(ontvangenOp, "ontvangenOp");
        Objects.requireNonNull(geregistreerdOp, "geregistreerdOp");
        Objects.requireNonNull(inhoud, "inhoud");
        Objects.requireNonNull(antwoord, "antwoord");
    }
}
