package nl.samenspraak.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import nl.samenspraak.api.budget.Bedrag;

/**
 * Dutch notation for templates ({@code ${fmt.euro(plan.kosten())}}): amounts as {@code € 1.234,50}, dates as
 * {@code 6 februari 2027}, times in Dutch time.
 */
public final class Opmaak {

    private static final Locale NL = new Locale("nl", "NL");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", NL);

    public String euro(Bedrag bedrag) {
        long centen = bedrag.centen();
        long euro = Math.abs(centen) / 100;
        long rest = Math.abs(centen) % 100;
        StringBuilder tekst = new StringBuilder(String.valueOf(euro));
        for (int i = tekst.length() - 3; i > 0; i -= 3) {
            tekst.insert(i, '.');
        }
        return (centen < 0 ? "-\u00a0€\u00a0" : "€\u00a0") + tekst + "," + (rest < 10 ? "0" : "") + rest;
    }

    public String centen(long centen) {
        return euro(Bedrag.centen(centen));
    }

    /** A term in words: {@code 8 weken}, {@code 3 maanden}, {@code 1 jaar en 2 maanden}, {@code 10 dagen}. */
    public String periode(java.time.Period periode) {
        java.util.List<String> delen = new java.util.ArrayList<>();
        if (periode.getYears() > 0) {
            delen.add(periode.getYears() + " jaar");
        }
        if (periode.getMonths() > 0) {
            delen.add(periode.getMonths() + (periode.getMonths() == 1 ? " maand" : " maanden"));
        }
        int dagen = periode.getDays();
        if (dagen > 0 && dagen % 7 == 0) {
            delen.add(dagen / 7 + (dagen == 7 ? " week" : " weken"));
        } else if (dagen > 0) {
            delen.add(dagen + (dagen == 1 ? " dag" : " dagen"));
        }
        return delen.isEmpty() ? "0 dagen" : String.join(" en ", delen);
    }

    public String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public String tijdstip(Instant moment) {
        return moment == null ? "" : DATUM_TIJD.format(moment.atZone(AMSTERDAM));
    }

    /** ISO date for {@code <time datetime>}. */
    public String iso(LocalDate datum) {
        return datum == null ? "" : datum.toString();
    }

    /** Whole days from today until {@code datum} (0 on the day itself, negative after). */
    public long dagenTot(LocalDate datum) {
        return ChronoUnit.DAYS.between(LocalDate.now(AMSTERDAM), datum);
    }

    /** Percentage 0–100 of part in whole, for a budget bar. */
    public long procent(Bedrag deel, Bedrag geheel) {
        if (geheel.centen() <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(100, deel.centen() * 100 / geheel.centen()));
    }
}
