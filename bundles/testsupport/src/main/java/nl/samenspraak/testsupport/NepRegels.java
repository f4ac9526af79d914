package nl.samenspraak.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Verordening;

/**
 * Rules by gemeente and validity, like the platform's register: a rules service counts for the gemeente its
 * bundle is named after ({@link #geldend}) on the days its info says it is in force.
 */
public final class NepRegels implements RegelsRegister {

    public final List<GeldendeRegels<Subsidieregeling>> regelingen = new ArrayList<>();
    public final Map<String, GeldendeRegels<Verordening>> verordeningen = new HashMap<>();
    public final List<GeldendeRegels<Toewijzingsproces>> processen = new ArrayList<>();

    /** The rules as installed by the bundle {@code nl.samenspraak.gemeente-<gemeente>} at {@code versie}. */
    public static <T extends Regels> GeldendeRegels<T> geldend(T regels, String gemeente, String versie) {
        return new GeldendeRegels<>(regels, regels.info(), "nl.samenspraak.gemeente-" + gemeente, versie);
    }

    @Override
    public Optional<GeldendeRegels<Verordening>> verordening(String gemeente, LocalDate datum) {
        return Optional.ofNullable(verordeningen.get(gemeente)).filter(v -> v.info().geldigOp(datum));
    }

    @Override
    public Optional<GeldendeRegels<Subsidieregeling>> subsidieregeling(String gemeente, String regeling, LocalDate datum) {
        return regelingen.stream().filter(r -> r.bundel().endsWith(gemeente) && r.regels().regeling().equals(regeling)
                && r.info().geldigOp(datum)).findFirst();
    }

    @Override
    public Optional<GeldendeRegels<Toewijzingsproces>> toewijzingsproces(String gemeente, String proces, LocalDate datum) {
        return processen.stream().filter(p -> p.bundel().endsWith(gemeente) && p.regels().proces().equals(proces)
                && p.info().geldigOp(datum)).findFirst();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<GeldendeRegels<Regels>> alle(String gemeente) {
        return Stream.of(regelingen.stream(), verordeningen.values().stream(), processen.stream()).flatMap(s -> s)
                .filter(r -> r.bundel().endsWith(gemeente)).map(r -> (GeldendeRegels<Regels>) (GeldendeRegels<?>) r).toList();
    }
}
