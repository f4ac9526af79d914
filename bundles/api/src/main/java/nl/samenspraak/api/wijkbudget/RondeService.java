package nl.samenspraak.api.wijkbudget;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.budget.Bedrag;

/**
 * Wijkbudget rounds and their phases, up to the vote: the gemeente opens a round for a wijk, residents submit
 * and support plans, the gemeente checks feasibility. Voting is {@link StemService} and
 * {@link PapierenStemmenService}; closing the round is {@link UitslagService}. Every method takes the gemeente
 * first and sees only that gemeente's rounds; authorisation is the caller's job, {@code door} names the
 * acting user and is recorded.
 *
 * <p>Failures are {@link nl.samenspraak.api.validatie.DomeinException}s: invalid input, an unknown round
 * ({@link RondeNietGevondenException}), a step the phase does not allow ({@link FaseException}), no
 * allocation process in force ({@link nl.samenspraak.api.regels.RegelsOntbrekenException}). In every case
 * nothing is stored.
 */
@ProviderType
public interface RondeService {

    /**
     * Opens a round for a wijk with the allocation process the gemeente's rules in force today prescribe for
     * that wijk (the one named, or the only one there is).
     */
    Ronde open(String gemeente, NieuweRonde ronde, String door);

    List<Ronde> list(String gemeente);

    Ronde get(String gemeente, String rondeId);

    /** Moves the round forward to {@code naar}; voting closes only through {@link UitslagService#sluit}. */
    Ronde naarFase(String gemeente, String rondeId, Fase naar, String door);

    Plan dienPlanIn(String gemeente, String rondeId, NieuwPlan plan, String door);

    List<Plan> plannen(String gemeente, String rondeId);

    Plan steun(String gemeente, String rondeId, String planId, String door);

    Plan toets(String gemeente, String rondeId, String planId, Boolean haalbaar, String toetsing, Optional<Bedrag> kosten,
            String door);

    record NieuweRonde(String titel, String wijk, Bedrag bedrag, String budgetId, Optional<String> proces,
            Map<Fase, LocalDate> planning) {
    }

    record NieuwPlan(String titel, String omschrijving, Bedrag geschatteKosten) {
    }
}
