package nl.samenspraak.core.internal.tijd;

import java.time.Clock;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.api.tijd.Kalender;

/** The machine's clock, read in the Dutch zone whatever zone the machine is set to. */
@Component(service = Kalender.class)
public class Systeemkalender implements Kalender {

    private final Clock klok = Clock.system(NEDERLAND);

    @Override
    public Clock klok() {
        return klok;
    }
}
