package nl.samenspraak.rules.testkit;

import java.util.List;

import org.junit.Test;

import nl.samenspraak.rules.Subsidieregeling;

/**
 * Extend to run {@link Contract#subsidieregeling} as a JUnit 4 test. Override {@link #basisaanvraag()} when
 * the default application does not meet every condition of the scheme (e.g. it needs a wijk).
 */
public abstract class SubsidieregelingContract {

    protected abstract Subsidieregeling regelingOnderToets();

    protected AanvraagBouwer basisaanvraag() {
        return Regelstoets.aanvraag();
    }

    /** Wijken whose own maxima to check as well. */
    protected List<String> wijken() {
        return List.of();
    }

    @Test
    public void voldoetAanHetContract() {
        Contract.subsidieregeling(regelingOnderToets(), basisaanvraag(), wijken().toArray(String[]::new));
    }
}
