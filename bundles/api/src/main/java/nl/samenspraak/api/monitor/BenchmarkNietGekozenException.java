package nl.samenspraak.api.monitor;

import nl.samenspraak.api.validatie.DomeinException;

/** The gemeente does not take part in the benchmark: only who shares its figures sees those of others. */
public class BenchmarkNietGekozenException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public BenchmarkNietGekozenException(String gemeente) {
        super(Aard.CONFLICT, gemeente + " doet niet mee aan de benchmark; de hostingpartij zet daarvoor monitor.benchmark = true "
                + "in de configuratie van de gemeente");
    }
}
