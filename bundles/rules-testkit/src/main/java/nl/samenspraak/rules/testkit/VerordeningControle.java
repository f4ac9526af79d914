package nl.samenspraak.rules.testkit;

import java.util.Optional;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Verordening;

/** Fluent checks of a {@link Verordening}: terms per kind of decision, who may respond, exclusions, uitdaagrecht. */
public final class VerordeningControle {

    private final Verordening verordening;

    VerordeningControle(Verordening verordening) {
        this.verordening = verordening;
    }

    public TermijnControle zienswijzetermijn(Besluitsoort soort) {
        return new TermijnControle(verordening.zienswijzetermijn(soort), "zienswijzetermijn " + soort);
    }

    /** The same zienswijze term, citing the same article, for every kind of decision. */
    public VerordeningControle zienswijzetermijnVoorAlle(int weken, String artikelfragment) {
        for (Besluitsoort soort : Besluitsoort.values()) {
            zienswijzetermijn(soort).weken(weken).citeert(artikelfragment);
        }
        return this;
    }

    public TermijnControle reactienotatermijn() {
        return new TermijnControle(verordening.reactienotatermijn(), "reactienotatermijn");
    }

    public TermijnControle uitdaagrechtBeslistermijn() {
        return new TermijnControle(verordening.uitdaagrechtBeslistermijn(), "beslistermijn uitdaagrecht");
    }

    public VerordeningControle inspraakkring(Besluitsoort soort, Inspraakrecht.Kring kring, int minimumleeftijd) {
        Inspraakrecht recht = verordening.inspraakrecht(soort);
        if (recht.kring() != kring || recht.minimumleeftijd() != minimumleeftijd) {
            throw new AssertionError("inspraakrecht " + soort + ": verwacht " + kring + " vanaf " + minimumleeftijd
                    + " jaar, maar was " + recht);
        }
        return this;
    }

    public VerordeningControle inspraakrechtCiteert(Besluitsoort soort, String artikelfragment) {
        Reden grondslag = verordening.inspraakrecht(soort).grondslag();
        if (!grondslag.artikel().contains(artikelfragment)) {
            throw new AssertionError("inspraakrecht " + soort + ": verwacht grondslag '" + artikelfragment + "', maar was "
                    + grondslag);
        }
        return this;
    }

    public VerordeningControle staatInspraakToe(Besluitsoort soort, Inspraakrecht.Indiener indiener) {
        if (!verordening.inspraakrecht(soort).staatToe(indiener)) {
            throw new AssertionError("inspraak " + soort + " verwacht toegestaan voor " + indiener + " onder "
                    + verordening.inspraakrecht(soort));
        }
        return this;
    }

    public VerordeningControle staatInspraakNietToe(Besluitsoort soort, Inspraakrecht.Indiener indiener) {
        if (verordening.inspraakrecht(soort).staatToe(indiener)) {
            throw new AssertionError("inspraak " + soort + " verwacht geweigerd voor " + indiener + " onder "
                    + verordening.inspraakrecht(soort));
        }
        return this;
    }

    /** The subject is excluded from inspraak, citing an article that contains the fragment. */
    public VerordeningControle sluitUit(Onderwerp onderwerp, String artikelfragment) {
        Optional<Reden> reden = verordening.uitgesloten(onderwerp);
        if (reden.isEmpty() || !reden.get().artikel().contains(artikelfragment) || reden.get().toelichting().isBlank()) {
            throw new AssertionError(onderwerp + ": verwacht uitgesloten op grond van '" + artikelfragment + "', maar was "
                    + reden);
        }
        return this;
    }

    public VerordeningControle sluitNietUit(Onderwerp onderwerp) {
        Optional<Reden> reden = verordening.uitgesloten(onderwerp);
        if (reden.isPresent()) {
            throw new AssertionError(onderwerp + ": verwacht inspraak, maar uitgesloten: " + reden.get());
        }
        return this;
    }

    public BeoordelingControle uitdaagrecht(UitdaagverzoekBouwer verzoek) {
        return uitdaagrecht(verzoek.bouw());
    }

    /** Judges the request; fails when this ordinance is not the one in force on the day it was received. */
    public BeoordelingControle uitdaagrecht(Uitdaagverzoek verzoek) {
        Regelstoets.inWerking(verordening, verzoek.ontvangenOp());
        Beoordeling b = verordening.beoordeelUitdaagrecht(verzoek);
        if (b != null) {
            Beschrijving.faal("uitdaagrecht", Beschrijving.gebrekenVan(b.redenen(), "beoordeling uitdaagrecht"));
            if (b.bedragInCenten() > verzoek.gevraagdInCenten()) {
                throw new AssertionError("uitdaagrecht kent meer toe dan gevraagd: " + Beschrijving.van(b));
            }
        }
        return new BeoordelingControle(b);
    }
}
