package nl.samenspraak.rules.testkit;

import org.junit.Test;

import nl.samenspraak.rules.Toewijzingsproces;

/** Extend to run {@link Contract#toewijzingsproces} as a JUnit 4 test. */
public abstract class ToewijzingsprocesContract {

    protected abstract Toewijzingsproces procesOnderToets();

    @Test
    public void voldoetAanHetContract() {
        Contract.toewijzingsproces(procesOnderToets());
    }
}
