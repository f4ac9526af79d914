package nl.samenspraak.mail.internal;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.NieuwBericht;
import nl.samenspraak.api.mail.Outbox;
import nl.samenspraak.api.mail.Stembewijzen;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;

/**
 * Vote receipts: an outbox row with the round and the address only. Its time is the hour, not the moment, of the
 * vote, so the row cannot be matched to the ballot's time of receipt; the outbox erases the address once sent.
 */
@Component(service = Stembewijzen.class)
public class StembewijsDienst implements Stembewijzen {

    private final Outbox outbox;
    private final RondeService rondes;
    private final Clock klok;

    @Activate
    public StembewijsDienst(@Reference Outbox outbox, @Reference RondeService rondes) {
        this(outbox, rondes, Clock.systemUTC());
    }

    StembewijsDienst(Outbox outbox, RondeService rondes, Clock klok) {
        this.outbox = outbox;
        this.rondes = rondes;
        this.klok = klok;
    }

    @Override
    public void controleer(String adres, String veld) {
        if (!Adrescontrole.isAdres(adres)) {
            throw new OngeldigeInvoerException(veld, "een e-mailadres zoals naam@voorbeeld.nl, of laat het leeg");
        }
    }

    @Override
    public void stuur(String gemeente, String rondeId, String adres) {
        controleer(adres, "adres");
        Ronde ronde = rondes.get(gemeente, rondeId);
        outbox.plaats(new NieuwBericht(gemeente, Mailsoort.STEMBEWIJS, java.util.Optional.empty(), java.util.Optional.of(adres),
                rondeId, Map.of("ronde", ronde.titel(), "pad", "/gemeenten/" + gemeente + "/wijkbudgetten/" + rondeId)),
                klok.instant().truncatedTo(ChronoUnit.HOURS));
    }
}
