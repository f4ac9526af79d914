package nl.samenspraak.rules.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Verordening;

/**
 * Dated versions of a gemeente's rules, chosen as the platform chooses them: among the versions in force on
 * a day ({@link RegelsInfo#geldigOp}), the one that took effect last.
 */
public final class Versies {

    private Versies() {
    }

    /**
     * The version the platform applies on this day, or empty when none is in force (the platform then
     * refuses the decision). Fails when two versions in force took effect on the same day: the platform would
     * then pick by service ranking, which a bundle should not rely on.
     */
    @SafeVarargs
    public static <T extends Regels> Optional<T> geldendOp(LocalDate dag, T... versies) {
        return geldendOp(dag, List.of(versies));
    }

    public static <T extends Regels> Optional<T> geldendOp(LocalDate dag, Collection<? extends T> versies) {
        List<T> inWerking = new ArrayList<>();
        for (T versie : versies) {
            if (versie.info().geldigOp(dag)) {
                inWerking.add(versie);
            }
        }
        inWerking.sort(Comparator.comparing((T v) -> v.info().geldigVanaf()).reversed());
        if (inWerking.size() > 1 && inWerking.get(0).info().geldigVanaf().equals(inWerking.get(1).info().geldigVanaf())) {
            throw new AssertionError("op " + dag + " zijn twee versies in werking die op dezelfde dag ingingen: "
                    + periode(inWerking.get(0).info()) + " en " + periode(inWerking.get(1).info()));
        }
        return inWerking.isEmpty() ? Optional.empty() : Optional.of(inWerking.get(0));
    }

    /** Fails unless {@code verwacht} is the version the platform applies on this day. */
    @SafeVarargs
    public static <T extends Regels> void verwachtGeldend(LocalDate dag, T verwacht, T... versies) {
        Optional<T> geldend = geldendOp(dag, versies);
        if (geldend.isEmpty() || geldend.get() != verwacht) {
            throw new AssertionError("op " + dag + " verwacht " + periode(verwacht.info()) + ", maar het platform kiest "
                    + geldend.map(v -> periode(v.info())).orElse("niets"));
        }
    }

    /** Fails unless no version is in force on this day. */
    @SafeVarargs
    public static void verwachtGeen(LocalDate dag, Regels... versies) {
        Optional<Regels> geldend = geldendOp(dag, versies);
        if (geldend.isPresent()) {
            throw new AssertionError("op " + dag + " verwacht geen regels, maar " + periode(geldend.get().info()) + " is in werking");
        }
    }

    /**
     * Fails when two versions of one regulation are in force on a common day. Versions belong to one
     * regulation when they are of the same kind with the same key: every {@link Verordening}; a
     * {@link Subsidieregeling} per {@code regeling()}; a {@link Toewijzingsproces} per {@code proces()}.
     */
    public static void controleerGeenOverlap(Collection<? extends Regels> versies) {
        List<String> gebreken = new ArrayList<>();
        for (Map.Entry<String, List<Regels>> regeling : perRegeling(versies).entrySet()) {
            List<Regels> lijst = regeling.getValue();
            for (int i = 0; i < lijst.size(); i++) {
                for (int j = i + 1; j < lijst.size(); j++) {
                    RegelsInfo a = lijst.get(i).info();
                    RegelsInfo b = lijst.get(j).info();
                    if (a.overlaptMet(b)) {
                        gebreken.add(regeling.getKey() + ": " + periode(a) + " overlapt met " + periode(b));
                    }
                }
            }
        }
        Beschrijving.faal("versies overlappen", gebreken);
    }

    /** Also fails when a regulation has a gap between two versions (days on which it is not in force). */
    public static void controleerAaneengesloten(Collection<? extends Regels> versies) {
        controleerGeenOverlap(versies);
        List<String> gebreken = new ArrayList<>();
        for (Map.Entry<String, List<Regels>> regeling : perRegeling(versies).entrySet()) {
            List<RegelsInfo> infos = regeling.getValue().stream().map(Regels::info)
                    .sorted(Comparator.comparing(RegelsInfo::geldigVanaf)).toList();
            for (int i = 0; i + 1 < infos.size(); i++) {
                LocalDate volgende = infos.get(i + 1).geldigVanaf();
                if (infos.get(i).geldigTot().map(tot -> !tot.plusDays(1).equals(volgende)).orElse(false)) {
                    gebreken.add(regeling.getKey() + ": tussen " + periode(infos.get(i)) + " en " + periode(infos.get(i + 1))
                            + " geldt niets");
                }
            }
        }
        Beschrijving.faal("versies sluiten niet aan", gebreken);
    }

    /** The regulation a rules service is a version of, see {@link #controleerGeenOverlap}. */
    public static String regelingVan(Regels regels) {
        if (regels instanceof Subsidieregeling s) {
            return "subsidieregeling " + s.regeling();
        }
        if (regels instanceof Toewijzingsproces t) {
            return "toewijzingsproces " + t.proces();
        }
        if (regels instanceof Verordening) {
            return "verordening";
        }
        return regels.getClass().getName();
    }

    private static Map<String, List<Regels>> perRegeling(Collection<? extends Regels> versies) {
        Map<String, List<Regels>> per = new LinkedHashMap<>();
        for (Regels versie : versies) {
            per.computeIfAbsent(regelingVan(versie), k -> new ArrayList<>()).add(versie);
        }
        return per;
    }

    private static String periode(RegelsInfo info) {
        return "'" + info.titel() + "' (" + info.geldigVanaf() + " tot " + info.geldigTot().map(Object::toString).orElse("nader order")
                + ")";
    }
}
