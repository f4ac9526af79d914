package nl.samenspraak.rules.testkit;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import nl.samenspraak.rules.Termijn;

/** Fluent checks of a {@link Termijn}: its length, its article and the last day it allows. */
public final class TermijnControle {

    private final Termijn termijn;
    private final String wat;

    TermijnControle(Termijn termijn, String wat) {
        this.termijn = Objects.requireNonNull(termijn, wat + " is null");
        this.wat = wat;
    }

    public Termijn termijn() {
        return termijn;
    }

    public TermijnControle weken(int weken) {
        return duur(Period.ofWeeks(weken));
    }

    public TermijnControle duur(Period verwacht) {
        if (!termijn.duur().normalized().equals(verwacht.normalized())) {
            faal("verwacht " + Beschrijving.duur(verwacht));
        }
        return this;
    }

    /** The article of the term's basis contains the fragment, e.g. {@code "art. 3:16"}. */
    public TermijnControle citeert(String artikelfragment) {
        if (!termijn.grondslag().artikel().contains(artikelfragment)) {
            faal("verwacht een grondslag die '" + artikelfragment + "' citeert");
        }
        return this;
    }

    /** The last day of the term when its first day is {@code begin}. */
    public TermijnControle laatsteDag(LocalDate begin, LocalDate verwacht) {
        LocalDate laatste = termijn.laatsteDag(begin);
        if (!laatste.equals(verwacht)) {
            faal("verwacht als laatste dag " + verwacht + " bij begin " + begin + ", niet " + laatste);
        }
        return this;
    }

    private void faal(String verwacht) {
        throw new AssertionError(wat + ": " + verwacht + ", maar de termijn was " + Beschrijving.duur(termijn.duur()) + " ("
                + termijn.grondslag().artikel() + ": " + termijn.grondslag().toelichting() + ")");
    }
}
