package nl.samenspraak.mail.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.NieuwBericht;
import nl.samenspraak.api.mail.Outbox;

/**
 * Puts each gemeente's werkvoorraad in the outbox once a day, from {@value #UUR}:00 Dutch time. Every node may try;
 * the outbox key {@code wv-<gemeente>-<date>} lets one of them place it, so the digest goes out once however many
 * nodes run. A gemeente without {@code mail.ambtenaren} gets none.
 */
final class WerkvoorraadPlanner {

    static final int UUR = 7;
    private static final Logger LOG = LoggerFactory.getLogger(WerkvoorraadPlanner.class);

    private final GemeenteRegistry gemeenten;
    private final InitiatiefService initiatieven;
    private final Outbox outbox;
    private final Afzenders afzenders;
    private final Clock klok;
    private LocalDate gedaan;

    WerkvoorraadPlanner(GemeenteRegistry gemeenten, InitiatiefService initiatieven, Outbox outbox, Afzenders afzenders, Clock klok) {
        this.gemeenten = gemeenten;
        this.initiatieven = initiatieven;
        this.outbox = outbox;
        this.afzenders = afzenders;
        this.klok = klok;
    }

    /** Places today's digests if it is time and this node has not done so today; returns how many it placed. */
    int plan() {
        ZonedDateTime nu = klok.instant().atZone(Werkvoorraad.NEDERLAND);
        LocalDate vandaag = nu.toLocalDate();
        if (nu.toLocalTime().isBefore(LocalTime.of(UUR, 0)) || vandaag.equals(gedaan)) {
            return 0;
        }
        int geplaatst = 0;
        for (Gemeente gemeente : gemeenten.list()) {
            if (afzenders.van(gemeente.code()).ambtenaren().isEmpty()) {
                continue;
            }
            try {
                Optional<Map<String, String>> overzicht = Werkvoorraad.van(
                        initiatieven.list(gemeente.code(), InitiatiefService.Filter.ALLE), vandaag);
                if (overzicht.isPresent() && outbox.plaatsEenmalig("wv-" + gemeente.code() + "-" + vandaag,
                        NieuwBericht.aanAmbtenaren(gemeente.code(), Mailsoort.WERKVOORRAAD, "werkvoorraad-" + vandaag,
                                overzicht.get()), klok.instant())) {
                    geplaatst++;
                }
            } catch (RuntimeException e) {
                // one gemeente's trouble (its rules bundle away, say) never keeps the others' digest back
                LOG.warn("Werkvoorraad of {} for {} not made: {}", gemeente.code(), vandaag, e.toString());
            }
        }
        gedaan = vandaag;
        return geplaatst;
    }
}
