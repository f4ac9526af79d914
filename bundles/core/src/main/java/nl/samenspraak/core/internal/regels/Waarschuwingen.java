package nl.samenspraak.core.internal.regels;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;


import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Verordening;

/**
 * What the platform warns about in the installed rules: nothing here is refused, but nothing is silent either.
 * Two services of one kind in force on a common day for one gemeente where the platform's choice is arbitrary
 * (the same first day) or surprising (from two bundles, typically an old and a new jar side by side in
 * {@code deploy/}); rules for a gemeente code that is invalid or that no configured gemeente uses; and rules
 * bundles that offer no rules service.
 */
final class Waarschuwingen {

    static final Pattern GEMEENTECODE = Pattern.compile("GM\\d{4}");

    private Waarschuwingen() {
    }

    /**
     * @param aanbod the rules services registered now
     * @param inGebruik the rules keys of the configured gemeenten (their codes, or {@code model})
     * @param zonderRegels bundles that use the SPI but offer no usable rules service, with why
     */
    static List<String> van(Collection<Aanbod> aanbod, Set<String> inGebruik, Map<String, String> zonderRegels) {
        List<String> waarschuwingen = new ArrayList<>();
        waarschuwingen.addAll(tegelijk(aanbod));
        aanbod.stream().map(a -> onbekend(a, inGebruik)).filter(w -> !w.isEmpty()).distinct().sorted()
                .forEach(waarschuwingen::add);
        zonderRegels.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> waarschuwingen.add("Bundel " + e.getKey() + " " + e.getValue()));
        return waarschuwingen;
    }

    /** Pairs of the same kind and key for one gemeente in force together, where that is no plain succession. */
    static List<String> tegelijk(Collection<Aanbod> aanbod) {
        List<Aanbod> alle = aanbod.stream().sorted(Comparator.comparingLong(Aanbod::serviceId)).toList();
        List<String> waarschuwingen = new ArrayList<>();
        for (int i = 0; i < alle.size(); i++) {
            for (int j = i + 1; j < alle.size(); j++) {
                Aanbod a = alle.get(i);
                Aanbod b = alle.get(j);
                boolean zelfdeSoort = a.soort() == b.soort() && a.voor().equals(b.voor()) && a.sleutel().equals(b.sleutel());
                if (!zelfdeSoort || !a.info().overlaptMet(b.info())) {
                    continue;
                }
                boolean zelfdeBegin = a.info().geldigVanaf().equals(b.info().geldigVanaf());
                if (!zelfdeBegin && a.bundelId() == b.bundelId()) {
                    continue; // one bundle's later version overriding its earlier one from its first day: by design
                }
                Aanbod gekozen = Aanbod.VOORRANG.compare(a, b) >= 0 ? a : b;
                waarschuwingen.add("Twee " + soort(a) + " voor " + a.voor() + " gelden tegelijk"
                        + (zelfdeBegin ? " vanaf " + a.info().geldigVanaf() : "") + ": " + herkomst(a) + " en " + herkomst(b)
                        + "; het platform gebruikt " + herkomst(gekozen) + (zelfdeBegin ? " (zelfde ingangsdatum: "
                                + "service.ranking en volgorde van registratie beslissen)" : " waar beide gelden")
                        + ". Staan er twee jars van één gemeente in deploy/? Verwijder de oude.");
            }
        }
        return waarschuwingen;
    }

    private static String onbekend(Aanbod a, Set<String> inGebruik) {
        if (a.voor().equals(Regels.MODEL) || inGebruik.contains(a.voor())) {
            return "";
        }
        if (!GEMEENTECODE.matcher(a.voor()).matches()) {
            return "Regels voor '" + a.voor() + "' uit " + a.bundel() + " " + a.versie()
                    + ": geen geldige gemeentecode (GM en vier cijfers, zoals GM0363); geen gemeente gebruikt ze";
        }
        return "Regels voor " + a.voor() + " uit " + a.bundel() + " " + a.versie() + ": geen geconfigureerde gemeente "
                + "gebruikt ze (ontbreekt etc/nl.samenspraak.gemeente-<naam>.cfg met code " + a.voor() + "?)";
    }

    static String soort(Aanbod a) {
        String sleutel = a.sleutel().map(s -> " '" + s + "'").orElse("");
        if (a.soort() == Verordening.class) {
            return "verordeningen";
        }
        if (a.soort() == Subsidieregeling.class) {
            return "subsidieregelingen" + sleutel;
        }
        if (a.soort() == Toewijzingsproces.class) {
            return "toewijzingsprocessen" + sleutel;
        }
        return "regels";
    }

    private static String herkomst(Aanbod a) {
        return "'" + a.info().titel() + "' (" + a.info().geldigVanaf() + " tot "
                + a.info().geldigTot().map(Object::toString).orElse("nader order") + ") uit " + a.bundel() + " "
                + a.versie();
    }
}
