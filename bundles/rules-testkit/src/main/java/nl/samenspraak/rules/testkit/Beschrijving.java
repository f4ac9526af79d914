package nl.samenspraak.rules.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import java.math.BigDecimal;
import java.time.Period;
import java.util.HashSet;
import java.util.Set;

import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces.Toewijzing;

/** Shared checks and the text of failure messages. */
final class Beschrijving {

    private Beschrijving() {
    }

    static String euro(long centen) {
        return String.format("EUR %d,%02d", centen / 100, Math.abs(centen % 100));
    }

    /** A duration as a reader says it: "6 weken", "1 maand", "10 dagen". */
    static String duur(Period duur) {
        if (duur == null) {
            return "null";
        }
        if (duur.isZero()) {
            return "geen";
        }
        List<String> delen = new ArrayList<>();
        if (duur.getYears() != 0) {
            delen.add(duur.getYears() + (Math.abs(duur.getYears()) == 1 ? " jaar" : " jaar"));
        }
        if (duur.getMonths() != 0) {
            delen.add(duur.getMonths() + (Math.abs(duur.getMonths()) == 1 ? " maand" : " maanden"));
        }
        int dagen = duur.getDays();
        if (dagen != 0 && dagen % 7 == 0) {
            delen.add(dagen / 7 + (Math.abs(dagen) == 7 ? " week" : " weken"));
        } else if (dagen != 0) {
            delen.add(dagen + (Math.abs(dagen) == 1 ? " dag" : " dagen"));
        }
        return String.join(" en ", delen);
    }

    /** An application as a reader names it, instead of the record's toString. */
    static String van(Subsidieaanvraag a) {
        return "aanvraag van " + euro(a.gevraagdInCenten()) + " (" + a.schaal().name().toLowerCase() + a.wijk().map(w -> ", wijk " + w)
                .orElse("") + "), ingediend " + a.ingediendOp() + " voor een activiteit op " + a.activiteitOp() + ", aanvrager "
                + a.leeftijdAanvrager() + " jaar, " + a.leeftijdenOndersteuners().size() + " ondersteuners"
                + (a.kenmerken().isEmpty() ? "" : ", " + a.kenmerken().stream().map(k -> k.name().toLowerCase()).sorted().toList());
    }

    /** Published facts as a reader names them. */
    static String van(nl.samenspraak.rules.Regelingsfeiten f) {
        return "maxima " + new java.util.TreeMap<>(f.maximumInCenten()).entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase() + " " + euro(e.getValue())).toList() + ", " + duur(f.aanvraagVooraf())
                + " vooraf, aanvrager " + f.minimumleeftijdAanvrager() + "+, " + f.vereisteOndersteuners() + " ondersteuners van "
                + f.minimumleeftijdOndersteuners() + "+, beslistermijn " + duur(f.beslistermijn().duur());
    }

    static String van(Beoordeling b) {
        if (b == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder(b.uitkomst().toString());
        if (b.uitkomst() == Beoordeling.Uitkomst.TOEGEKEND) {
            s.append(' ').append(euro(b.bedragInCenten()));
        }
        for (Reden r : b.redenen()) {
            s.append("\n    - ").append(r.artikel()).append(": ").append(r.toelichting());
        }
        return s.toString();
    }

    /** What is wrong with a reason: blank article or explanation. */
    static List<String> gebrekenVan(List<Reden> redenen, String waar) {
        List<String> gebreken = new ArrayList<>();
        if (redenen.isEmpty()) {
            gebreken.add(waar + ": geen enkele reden");
        }
        for (Reden r : redenen) {
            if (r == null) {
                gebreken.add(waar + ": een reden is null");
            } else if (r.artikel().isBlank() || r.toelichting().isBlank()) {
                gebreken.add(waar + ": reden zonder artikel of toelichting: '" + r.artikel() + "': '" + r.toelichting() + "'");
            } else if (!Artikel.lijktOpArtikel(r.artikel())) {
                gebreken.add(waar + ": '" + r.artikel() + "' is geen verwijzing naar een artikel (verwacht zoiets als "
                        + "'art. 4 lid 2 Subsidieregeling ...' of 'artikel 3:16 Awb'); toelichting: '" + r.toelichting() + "'");
            }
        }
        return gebreken;
    }

    /** The published maximum for this application, or null when the scheme publishes none for its reach. */
    static Long maximumVoor(Subsidieregeling regeling, Subsidieaanvraag aanvraag) {
        Map<Subsidieaanvraag.Schaal, Long> maxima = aanvraag.wijk().map(regeling::maximumInCentenVoorWijk)
                .orElseGet(() -> regeling.feiten().maximumInCenten());
        return maxima.get(aanvraag.schaal());
    }

    /**
     * What every single decision on an application must satisfy: an answer, reasons with article and text,
     * an amount no higher than asked nor than the published maximum (none where nothing is published).
     */
    static List<String> gebrekenVan(Subsidieregeling regeling, Subsidieaanvraag aanvraag, Beoordeling b) {
        List<String> gebreken = new ArrayList<>();
        if (b == null) {
            gebreken.add("beoordeel gaf null");
            return gebreken;
        }
        gebreken.addAll(gebrekenVan(b.redenen(), "beoordeling"));
        if (b.bedragInCenten() > aanvraag.gevraagdInCenten()) {
            gebreken.add("toegekend " + euro(b.bedragInCenten()) + " is meer dan gevraagd " + euro(aanvraag.gevraagdInCenten()));
        }
        Long maximum = maximumVoor(regeling, aanvraag);
        long grens = maximum == null ? 0 : maximum;
        if (b.bedragInCenten() > grens) {
            gebreken.add("toegekend " + euro(b.bedragInCenten()) + " is meer dan het gepubliceerde maximum "
                    + (maximum == null ? "(geen, voor schaal " + aanvraag.schaal() + ")" : euro(grens))
                    + (aanvraag.wijk().map(w -> " in wijk " + w).orElse("")));
        }
        return gebreken;
    }

    static void faal(String wat, List<String> gebreken) {
        if (!gebreken.isEmpty()) {
            throw new AssertionError(wat + ":\n  * " + String.join("\n  * ", gebreken));
        }
    }

    /** What every allocation must satisfy: known plans, each once, within the budget, with reasons. */
    static List<String> gebrekenVan(Instance ronde, Toewijzing toewijzing) {
        List<String> gebreken = new ArrayList<>();
        if (toewijzing == null) {
            gebreken.add("wijsToe gaf null");
            return gebreken;
        }
        gebreken.addAll(gebrekenVan(toewijzing.redenen(), "toewijzing"));
        Set<String> gezien = new HashSet<>();
        BigDecimal totaal = BigDecimal.ZERO;
        for (String id : toewijzing.gekozen()) {
            Project plan = ronde.project(id).orElse(null);
            if (plan == null) {
                gebreken.add("gekozen plan " + id + " staat niet in de ronde");
            } else if (!gezien.add(id)) {
                gebreken.add("plan " + id + " is twee keer gekozen");
            } else {
                totaal = totaal.add(plan.cost());
            }
        }
        if (totaal.compareTo(ronde.budget()) > 0) {
            gebreken.add("de gekozen plannen kosten " + totaal.toPlainString() + ", meer dan het budget "
                    + ronde.budget().toPlainString());
        }
        return gebreken;
    }
}
