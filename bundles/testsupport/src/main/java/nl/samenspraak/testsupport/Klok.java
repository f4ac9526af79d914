package nl.samenspraak.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import nl.samenspraak.api.tijd.Kalender;

/** A clock the test moves from day to day; always noon in The Hague. */
public final class Klok extends Clock {

    private Instant nu;

    public Klok(LocalDate dag) {
        zet(dag);
    }

    public void zet(LocalDate dag) {
        nu = dag.atTime(12, 0).atZone(Kalender.NEDERLAND).toInstant();
    }

    /** The platform's calendar on this clock. */
    public Kalender kalender() {
        return () -> this;
    }

    @Override
    public ZoneId getZone() {
        return Kalender.NEDERLAND;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return nu;
    }
}
