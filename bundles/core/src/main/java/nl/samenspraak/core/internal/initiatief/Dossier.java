package nl.samenspraak.core.internal.initiatief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Besluit.Besluittype;
import nl.samenspraak.api.initiatief.Gegevens;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.opslag.InitiatiefStore;
import nl.samenspraak.api.opslag.InitiatiefStore.Wijziging;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.core.internal.regels.RegelsHerkomst;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Regels;

/**
 * What the initiative services share: finding the gemeente and an initiative of the expected kind, and
 * building the changes and besluiten they hand to the store, stamped with the Dutch calendar.
 */
final class Dossier {

    private final InitiatiefStore store;
    private final GemeenteRegistry gemeenten;
    private final Kalender kalender;

    Dossier(InitiatiefStore store, GemeenteRegistry gemeenten, Kalender kalender) {
        this.store = store;
        this.gemeenten = gemeenten;
        this.kalender = kalender;
    }

    Gemeente gemeente(String code) {
        return gemeenten.find(code).orElseThrow(() -> new GemeenteNietBediendException(code));
    }

    Initiatief get(String gemeente, String id) {
        gemeente(gemeente);
        return store.find(gemeente, id).orElseThrow(() -> new InitiatiefNietGevondenException(gemeente, id));
    }

    /** Another kind of initiative under this id looks like none at all. */
    Initiatief get(String gemeente, String id, Initiatiefsoort soort) {
        Initiatief initiatief = get(gemeente, id);
        if (initiatief.soort() != soort) {
            throw new InitiatiefNietGevondenException(gemeente, id);
        }
        return initiatief;
    }

    static void vereisStatus(Initiatief initiatief, Status verwacht) {
        if (initiatief.status() != verwacht) {
            throw new OvergangNietToegestaanException("Hiervoor moet de status " + verwacht.naam() + " zijn; die is "
                    + initiatief.status().naam(), initiatief.status());
        }
    }

    /** A change from the state the caller saw, without besluit or bookings. */
    Wijziging wijziging(Initiatief initiatief, Status naar, Gegevens gegevens, String door, String toelichting) {
        return new Wijziging(initiatief.status(), naar, gegevens, door, nu(), toelichting, Optional.empty(), List.of());
    }

    /** A besluit recording the rules that made it; an amount only for a granted subsidy. */
    Besluit besluit(Initiatief initiatief, Besluittype soort, Beoordeling beoordeling, GeldendeRegels<? extends Regels> regels,
            LocalDate peildatum, String door) {
        Optional<Bedrag> bedrag = beoordeling.uitkomst() == Beoordeling.Uitkomst.TOEGEKEND && soort != Besluittype.UITDAAGRECHT
                ? Optional.of(Bedrag.centen(beoordeling.bedragInCenten())) : Optional.empty();
        return new Besluit(UUID.randomUUID().toString(), initiatief.id(), soort, beoordeling.uitkomst(), bedrag,
                beoordeling.redenen(), peildatum, RegelsHerkomst.van(regels), door, nu());
    }

    LocalDate vandaag() {
        return kalender.vandaag();
    }

    Instant nu() {
        return kalender.nu();
    }
}
