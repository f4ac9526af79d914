package nl.samenspraak.core.internal.regels;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether rules from a bundle may decide for a gemeente. A gemeente's own rules come only from a bundle that
 * names that gemeente in its manifest and is signed, every entry, by a certificate the gemeente's configuration
 * trusts ({@code leverancier.certificaat}); the {@code model} rules only from the platform's own model bundle,
 * installed from the platform's feature. Anything else is refused, with the reason.
 */
final class Toelating {

    static final String MODEL = "model";
    /** Where Karaf installs the platform's model bundle from: its feature, out of the distribution's system/. */
    static final String MODELLOCATIE = "mvn:nl.samenspraak/samenspraak-gemeente-model/";

    private Toelating() {
    }

    /**
     * Why the rules are refused, or empty when they are admitted.
     *
     * @param voor the key the rules are registered for (the service's {@code gemeente} property)
     * @param vertrouwd the fingerprints the gemeente {@code voor} trusts, normalised (see {@link Handtekening})
     */
    static Optional<String> weigering(Herkomst herkomst, String voor, Set<String> vertrouwd) {
        if (MODEL.equals(voor)) {
            return herkomst.locatie() != null && herkomst.locatie().startsWith(MODELLOCATIE)
                    && herkomst.gemeente().equals(Optional.of(MODEL)) ? Optional.empty()
                    : Optional.of("model-regels komen alleen uit de modelbundel van het platform (" + MODELLOCATIE + "...)");
        }
        if (herkomst.gemeente().isEmpty()) {
            return Optional.of("de bundel noemt in zijn manifest geen gemeente (" + Herkomst.KOP + ")");
        }
        if (!herkomst.gemeente().get().equals(voor)) {
            return Optional.of("de bundel is voor " + herkomst.gemeente().get() + " en mag geen regels voor " + voor
                    + " leveren");
        }
        if (vertrouwd.isEmpty()) {
            return Optional.of("voor " + voor + " is geen leverancier geregistreerd (leverancier.certificaat in de "
                    + "configuratie van de gemeente)");
        }
        Handtekening.Uitkomst handtekening = herkomst.handtekening();
        if (handtekening.ondertekenaars().isEmpty()) {
            return Optional.of("de bundel is niet geldig ondertekend: " + handtekening.fout());
        }
        if (handtekening.ondertekenaars().stream().noneMatch(vertrouwd::contains)) {
            return Optional.of("ondertekend door " + handtekening.beschrijving() + ", niet door de leverancier van "
                    + voor + " (" + vertrouwd.stream().sorted().collect(Collectors.joining(",")) + ")");
        }
        return Optional.empty();
    }
}
