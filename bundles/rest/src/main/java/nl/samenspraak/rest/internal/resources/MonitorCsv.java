package nl.samenspraak.rest.internal.resources;

import java.util.List;

import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Waarde;

/**
 * The indicators as CSV (RFC 4180, comma-separated, UTF-8): one row per figure, so a spreadsheet can filter by key.
 * A text that a spreadsheet would take for a formula (a title starting with =, +, - or @) is prefixed with a quote.
 */
final class MonitorCsv {

    static final String KOP = "sleutel,label,van,tot_en_met,waarde_sleutel,waarde_label,waarde,eenheid";

    private MonitorCsv() {
    }

    static String van(List<Indicator> indicatoren) {
        StringBuilder csv = new StringBuilder(KOP).append("\r\n");
        for (Indicator i : indicatoren) {
            for (Waarde w : i.waarden()) {
                csv.append(String.join(",", veld(i.sleutel()), veld(i.label()),
                        veld(i.periode().van().map(Object::toString).orElse("")),
                        veld(i.periode().totEnMet().map(Object::toString).orElse("")), veld(w.sleutel()), veld(w.label()),
                        w.getal().map(g -> g.toPlainString()).orElse(""), veld(w.eenheid().sleutel()))).append("\r\n");
            }
        }
        return csv.toString();
    }

    static String veld(String tekst) {
        String t = !tekst.isEmpty() && "=+-@".indexOf(tekst.charAt(0)) >= 0 ? "'" + tekst : tekst;
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
