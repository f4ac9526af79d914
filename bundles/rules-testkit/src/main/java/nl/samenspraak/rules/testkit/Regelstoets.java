package nl.samenspraak.rules.testkit;

import java.time.LocalDate;

import nl.samenspraak.allocation.Instance;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Toewijzingsproces.Toewijzing;
import nl.samenspraak.rules.Verordening;

/**
 * Entry point of the fluent checks. With {@code import static nl.samenspraak.rules.testkit.Regelstoets.*}:
 *
 * <pre>
 * beoordeel(regeling, aanvraag().schaal(STRAAT).euro(751))
 *         .isAfgewezen().citeertPrecies("art. 4 lid 1 Subsidieregeling bewonersinitiatieven Den Haag");
 * verordening(v).zienswijzetermijn(Besluitsoort.BELEIDSNOTA).weken(6).citeert("art. 3:16");
 * wijsToe(proces, ronde(50_000).plan("a", 20_000).stemmen(3, "a")).kiest("a");
 * </pre>
 *
 * Besides what a test asks, every decision is checked for what always holds: the rules are in force on the
 * day of the request, every reason has an article and an explanation, no amount exceeds what was asked or the
 * published maximum, an allocation stays within the budget.
 */
public final class Regelstoets {

    private Regelstoets() {
    }

    public static AanvraagBouwer aanvraag() {
        return new AanvraagBouwer();
    }

    public static UitdaagverzoekBouwer uitdaagverzoek() {
        return new UitdaagverzoekBouwer();
    }

    public static Ronde ronde(long budgetInEuro) {
        return new Ronde(budgetInEuro);
    }

    public static BeoordelingControle beoordeel(Subsidieregeling regeling, AanvraagBouwer aanvraag) {
        return beoordeel(regeling, aanvraag.bouw());
    }

    /** Judges the application; fails when the scheme is not the one in force on the day it was submitted. */
    public static BeoordelingControle beoordeel(Subsidieregeling regeling, Subsidieaanvraag aanvraag) {
        inWerking(regeling, aanvraag.ingediendOp());
        Beoordeling b = regeling.beoordeel(aanvraag);
        Beschrijving.faal("beoordeling van " + regeling.info().titel() + " is ongeldig: " + Beschrijving.van(b),
                Beschrijving.gebrekenVan(regeling, aanvraag, b));
        return new BeoordelingControle(b);
    }

    public static VerordeningControle verordening(Verordening verordening) {
        return new VerordeningControle(verordening);
    }

    public static TermijnControle termijn(Termijn termijn) {
        return new TermijnControle(termijn, "termijn");
    }

    public static ToewijzingControle wijsToe(Toewijzingsproces proces, Ronde ronde) {
        return wijsToe(proces, ronde.bouw());
    }

    public static ToewijzingControle wijsToe(Toewijzingsproces proces, Instance ronde) {
        Toewijzing toewijzing = proces.wijsToe(ronde);
        Beschrijving.faal("toewijzing door " + proces.proces() + " is ongeldig", Beschrijving.gebrekenVan(ronde, toewijzing));
        return new ToewijzingControle(toewijzing);
    }

    /** Amount in euro cents as Dutch text, e.g. {@code EUR 750,00}. */
    public static String euro(long centen) {
        return Beschrijving.euro(centen);
    }

    static void inWerking(Regels regels, LocalDate dag) {
        if (!regels.info().geldigOp(dag)) {
            throw new AssertionError(regels.info().titel() + " is niet in werking op " + dag + " (" + regels.info().geldigVanaf()
                    + " tot " + regels.info().geldigTot().map(Object::toString).orElse("nader order")
                    + "): het platform zou er dit verzoek niet mee beoordelen; kies de versie met Versies.geldendOp");
        }
    }
}
