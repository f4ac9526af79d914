package nl.samenspraak.web.internal.werkplek;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;

/**
 * A budget's ledger as CSV the way Dutch spreadsheets open it: semicolons between fields, amounts exact in euros with
 * a decimal comma, UTF-8 with a byte order mark, every field quoted where it must be. A text that a spreadsheet would
 * take for a formula gets a leading apostrophe, so an entry's description can never run as one.
 */
final class Grootboekexport {

    private static final DateTimeFormatter TIJD = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Europe/Amsterdam"));
    private static final String KOP = "volgnummer;geboekt op;soort;bedrag;omschrijving;referentie;geboekt door";

    private Grootboekexport() {
    }

    static byte[] csv(List<Boeking> boekingen) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(KOP).append("\r\n");
        for (Boeking b : boekingen) {
            csv.append(b.volgnummer()).append(';')
                    .append(TIJD.format(b.geboektOp())).append(';')
                    .append(b.soort().name().toLowerCase()).append(';')
                    .append(bedrag(b.bedrag())).append(';')
                    .append(veld(b.omschrijving())).append(';')
                    .append(veld(b.referentie().orElse(""))).append(';')
                    .append(veld(b.geboektDoor())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String bedrag(Bedrag bedrag) {
        return bedrag.toString().replace('.', ',');
    }

    static String veld(String tekst) {
        String veilig = !tekst.isEmpty() && "=+-@\t\r".indexOf(tekst.charAt(0)) >= 0 ? "'" + tekst : tekst;
        if (veilig.contains(";") || veilig.contains("\"") || veilig.contains("\n") || veilig.contains("\r")) {
            return "\"" + veilig.replace("\"", "\"\"") + "\"";
        }
        return veilig;
    }
}
