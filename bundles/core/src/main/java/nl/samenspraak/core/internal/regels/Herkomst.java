package nl.samenspraak.core.internal.regels;

import java.util.Optional;

import org.osgi.framework.Bundle;

/**
 * Where a rules bundle comes from, as far as admission cares: the gemeente its manifest names, the location
 * it was installed from, and who signed it.
 */
record Herkomst(String bundel, Optional<String> gemeente, String locatie, Handtekening.Uitkomst handtekening) {

    /** The manifest header in which a gemeente bundle names its gemeente (set by the supplier's parent). */
    static final String KOP = "Samenspraak-Gemeente";

    static Herkomst van(Bundle bundel) {
        String kop = bundel.getHeaders("").get(KOP);
        return new Herkomst(Bundelovergangen.naam(bundel),
                kop == null || kop.isBlank() ? Optional.empty() : Optional.of(kop.trim()), bundel.getLocation(),
                Handtekening.van(bundel));
    }
}
