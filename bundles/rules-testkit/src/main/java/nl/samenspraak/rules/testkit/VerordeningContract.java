package nl.samenspraak.rules.testkit;

import org.junit.Test;

import nl.samenspraak.rules.Verordening;

/** Extend to run {@link Contract#verordening} as a JUnit 4 test. */
public abstract class VerordeningContract {

    protected abstract Verordening verordeningOnderToets();

    /** A request that meets every condition of the uitdaagrecht, if the ordinance grants one. */
    protected UitdaagverzoekBouwer basisverzoek() {
        return Regelstoets.uitdaagverzoek();
    }

    @Test
    public void voldoetAanHetContract() {
        Contract.verordening(verordeningOnderToets(), basisverzoek());
    }
}
