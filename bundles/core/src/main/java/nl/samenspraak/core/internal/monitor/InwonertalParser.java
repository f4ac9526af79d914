package nl.samenspraak.core.internal.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.samenspraak.api.gemeente.CbsCodes;
import nl.samenspraak.api.monitor.Inwonertal;

/**
 * Reads the inhabitants per wijk from a gemeente's configuration: {@code inwoners.<CBS wijk code> = <number>},
 * with {@code inwoners.bron} and {@code inwoners.jaar} saying where the numbers come from (required as soon as one
 * number is given: a turnout without its source cannot be checked).
 */
final class InwonertalParser {

    static final String PREFIX = "inwoners.";
    static final String BRON = "inwoners.bron";
    static final String JAAR = "inwoners.jaar";

    private InwonertalParser() {
    }

    static List<Inwonertal> parse(Map<String, ?> properties) {
        String code = tekst(properties.get("code"));
        List<String[]> getallen = new ArrayList<>();
        for (Map.Entry<String, ?> p : properties.entrySet()) {
            if (p.getKey().startsWith(PREFIX) && !p.getKey().equals(BRON) && !p.getKey().equals(JAAR)) {
                getallen.add(new String[] { p.getKey().substring(PREFIX.length()), tekst(p.getValue()) });
            }
        }
        if (getallen.isEmpty()) {
            return List.of();
        }
        String bron = tekst(properties.get(BRON));
        if (bron.isEmpty()) {
            throw new IllegalArgumentException("'" + BRON + "' is missing: say where the inhabitants come from, "
                    + "e.g. CBS Kerncijfers wijken en buurten");
        }
        int jaar = getal(JAAR, tekst(properties.get(JAAR)), 1900, 2999);
        List<Inwonertal> tallen = new ArrayList<>();
        for (String[] g : getallen) {
            if (!CbsCodes.isWijkCodeOf(g[0], code)) {
                throw new IllegalArgumentException("'" + PREFIX + g[0] + "': '" + g[0] + "' is not a CBS wijk code of " + code);
            }
            tallen.add(new Inwonertal(g[0], getal(PREFIX + g[0], g[1], 1, 10_000_000), bron, jaar));
        }
        tallen.sort(Comparator.comparing(Inwonertal::wijk));
        return List.copyOf(tallen);
    }

    private static int getal(String sleutel, String tekst, int van, int tot) {
        try {
            int getal = Integer.parseInt(tekst);
            if (getal >= van && getal <= tot) {
                return getal;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + sleutel + "' = '" + tekst + "' must be a whole number from " + van + " to " + tot);
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde.toString().trim();
    }
}
