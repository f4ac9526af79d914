package nl.samenspraak.core.internal.gemeente;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.gemeente.CbsCodes;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.Huisstijl;
import nl.samenspraak.api.gemeente.Wijk;

/**
 * Reads and validates one {@code nl.samenspraak.gemeente} factory configuration.
 */
final class GemeenteConfigParser {

    static final String WIJK_PREFIX = "wijk.";
    /** Same value as nl.samenspraak.rules.Regels.MODEL; the core does not need the SPI for this. */
    static final String MODEL_RULES = "model";

    private GemeenteConfigParser() {
    }

    static Gemeente parse(Map<String, ?> properties) throws InvalidGemeenteConfigurationException {
        String code = text(properties.get("code"));
        if (code.isEmpty()) {
            throw new InvalidGemeenteConfigurationException("'code' is missing");
        }
        if (!CbsCodes.isGemeenteCode(code)) {
            throw new InvalidGemeenteConfigurationException(
                    "'code' = '" + code + "' is not a CBS gemeente code (GM followed by four digits, e.g. GM0518)");
        }
        String naam = text(properties.get("naam"));
        if (naam.isEmpty()) {
            throw new InvalidGemeenteConfigurationException("'naam' is missing for gemeente " + code);
        }
        List<Wijk> wijken = new ArrayList<>();
        for (Map.Entry<String, ?> property : properties.entrySet()) {
            if (!property.getKey().startsWith(WIJK_PREFIX)) {
                continue;
            }
            String wijkCode = property.getKey().substring(WIJK_PREFIX.length());
            if (!CbsCodes.isWijkCodeOf(wijkCode, code)) {
                throw new InvalidGemeenteConfigurationException("'" + property.getKey() + "': '" + wijkCode
                        + "' is not a CBS wijk code of " + code + " (WK" + code.substring(2) + " followed by two digits)");
            }
            String wijkNaam = text(property.getValue());
            if (wijkNaam.isEmpty()) {
                throw new InvalidGemeenteConfigurationException("'" + property.getKey() + "' has no name");
            }
            wijken.add(new Wijk(wijkCode, wijkNaam));
        }
        wijken.sort(Comparator.comparing(Wijk::code));
        String regels = text(properties.get("regels"));
        if (regels.isEmpty()) {
            regels = code;
        } else if (!regels.equals(MODEL_RULES) && !CbsCodes.isGemeenteCode(regels)) {
            throw new InvalidGemeenteConfigurationException("'regels' = '" + regels + "' must be '" + MODEL_RULES
                    + "' (adopt the model rules) or a CBS gemeente code whose rules apply; leave it out for the "
                    + "gemeente's own rules");
        }
        return new Gemeente(code, naam, wijken, regels, huisstijl(properties, code));
    }

    /** The configuration key listing the certificates trusted to sign the gemeente's rules bundles. */
    static final String LEVERANCIER = "leverancier.certificaat";

    /**
     * The SHA-256 fingerprints in {@value #LEVERANCIER}: comma-separated (two during a change of key or supplier),
     * each as keytool prints it ({@code EB:60:AE:...}) or without colons, any case; normalised to lower-case hex.
     */
    static java.util.Set<String> leveranciers(Map<String, ?> properties) throws InvalidGemeenteConfigurationException {
        Object waarde = properties.get(LEVERANCIER);
        java.util.List<String> delen = waarde instanceof String[] reeks ? java.util.List.of(reeks)
                : waarde == null ? java.util.List.of() : java.util.List.of(waarde.toString().split(","));
        java.util.Set<String> vingerafdrukken = new java.util.TreeSet<>();
        for (String deel : delen) {
            String v = deel.replace(":", "").replace(" ", "").trim().toLowerCase(java.util.Locale.ROOT);
            if (v.isEmpty()) {
                continue;
            }
            if (!v.matches("[0-9a-f]{64}")) {
                throw new InvalidGemeenteConfigurationException(LEVERANCIER + " '" + deel.trim()
                        + "' is geen SHA-256-vingerafdruk van een certificaat (64 hexadecimale tekens, zoals keytool -list -v die toont)");
            }
            vingerafdrukken.add(v);
        }
        return java.util.Set.copyOf(vingerafdrukken);
    }

    private static Huisstijl huisstijl(Map<String, ?> properties, String code) throws InvalidGemeenteConfigurationException {
        Optional<String> css = adres(properties, "huisstijl.css", code);
        Optional<String> logo = adres(properties, "huisstijl.logo", code);
        String naam = text(properties.get("huisstijl.naam"));
        return new Huisstijl(css, logo, naam.isEmpty() ? Optional.empty() : Optional.of(naam));
    }

    private static Optional<String> adres(Map<String, ?> properties, String key, String code)
            throws InvalidGemeenteConfigurationException {
        String adres = text(properties.get(key));
        if (adres.isEmpty()) {
            return Optional.empty();
        }
        if (!Huisstijl.isAdres(adres)) {
            throw new InvalidGemeenteConfigurationException("'" + key + "' = '" + adres + "' of gemeente " + code
                    + " must be an https:// URL or a path on this server starting with /");
        }
        return Optional.of(adres);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString().trim();
    }
}
