package nl.samenspraak.gemeente.model.internal;

import org.junit.Test;

import nl.samenspraak.rules.testkit.Contract;

/** The model rules keep the test kit's contract, as every gemeente bundle must. */
public class ModelContractTest {

    @Test
    public void bewonersinitiatief() {
        Contract.subsidieregeling(new ModelBewonersinitiatief());
    }

    @Test
    public void verordening() {
        Contract.verordening(new ModelVerordening());
    }
}
