package nl.samenspraak.rules;

import java.util.Objects;

/**
 * One reason of a decision, citing the article it rests on, so a resident can object (bezwaar) to it.
 *
 * @param artikel e.g. "art. 4 lid 2 Subsidieregeling bewonersinitiatieven" or "art. 3:16 Awb"
 * @param toelichting the reason in plain Dutch
 */
public record Reden(String artikel, String toelichting) {

    public Reden {
        Objects.requireNonNull(artikel, "artikel");
        Objects.requireNonNull(toelichting, "toelichting");
    }
}
