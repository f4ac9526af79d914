package nl.samenspraak.api.regels;

import java.time.Instant;
import java.util.Objects;

/**
 * One event in the admission of a gemeente rules bundle.
 *
 * @param soort what happened
 * @param bundel the bundle's symbolic name and version
 * @param gemeente the gemeente the rules or the bundle are for (its manifest's {@code Samenspraak-Gemeente}, or the
 *        service's {@code gemeente} property for a rules service), {@code -} when it names none
 * @param certificaat the SHA-256 fingerprints of the certificates that signed every entry of the bundle, or
 *        {@code niet ondertekend}
 * @param toelichting why, in plain Dutch: the reason of a refusal, what was admitted
 * @since 1.2
 */
public record Toelatingsgebeurtenis(Instant tijd, Soort soort, String bundel, String gemeente, String certificaat,
        String toelichting) {

    public enum Soort {
        GEINSTALLEERD, BIJGEWERKT, TOEGELATEN, GEWEIGERD, INGETROKKEN;

        public String naam() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Toelatingsgebeurtenis {
        Objects.requireNonNull(tijd, "tijd");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(bundel, "bundel");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(certificaat, "certificaat");
        Objects.requireNonNull(toelichting, "toelichting");
    }
}
