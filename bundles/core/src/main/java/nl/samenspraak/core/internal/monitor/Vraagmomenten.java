package nl.samenspraak.core.internal.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.monitor.Aanleiding;
import nl.samenspraak.api.monitor.Vragenlijst;
import nl.samenspraak.api.wijkbudget.Ronde;

/**
 * Which questionnaires a subject has, read from what was recorded of it: one per ended traject phase, one when an
 * inspraak closed with its reactienota, one after the first besluit on an application or request, one when a
 * round's result is out.
 */
final class Vraagmomenten {

    private static final Set<Status> TRAJECTFASEN = EnumSet.of(Status.VOORBEREIDING, Status.UITVOERING, Status.EVALUATIE);

    static final String REACTIENOTA = "reactienota";
    static final String BESLUIT = "besluit";
    static final String UITSLAG = "uitslag";

    private Vraagmomenten() {
    }

    static List<Vragenlijst> van(Initiatief i, List<Overgang> overgangen, List<Besluit> besluiten) {
        List<Vragenlijst> lijsten = new ArrayList<>();
        switch (i.soort()) {
            case PARTICIPATIETRAJECT -> overgangen.stream()
                    .filter(o -> o.van().map(TRAJECTFASEN::contains).orElse(false))
                    .forEach(o -> lijsten.add(new Vragenlijst(Vragenlijst.id(i.id(), o.van().get().naam()), i.gemeente(),
                            Aanleiding.FASE_AFGEROND, i.id(), i.titel(), o.van().map(Status::naam), i.wijk(), o.op())));
            case INSPRAAK -> overgangen.stream().filter(o -> o.naar() == Status.REACTIENOTA_VASTGESTELD).findFirst()
                    .ifPresent(o -> lijsten.add(new Vragenlijst(Vragenlijst.id(i.id(), REACTIENOTA), i.gemeente(),
                            Aanleiding.INSPRAAK_GESLOTEN, i.id(), i.titel(), Optional.empty(), i.wijk(), o.op())));
            case BEWONERSINITIATIEF, UITDAAGRECHT -> besluiten.stream()
                    .filter(b -> b.soort() != Besluit.Besluittype.SUBSIDIEVASTSTELLING)
                    .min(Comparator.comparing(Besluit::genomenOp))
                    .ifPresent(b -> lijsten.add(new Vragenlijst(Vragenlijst.id(i.id(), BESLUIT), i.gemeente(),
                            Aanleiding.BESLUIT, i.id(), i.titel(), Optional.empty(), i.wijk(), b.genomenOp())));
        }
        lijsten.sort(Comparator.comparing(Vragenlijst::sinds));
        return lijsten;
    }

    static List<Vragenlijst> van(Ronde r) {
        return r.uitslag().map(u -> List.of(new Vragenlijst(Vragenlijst.id(r.id(), UITSLAG), r.gemeente(),
                Aanleiding.WIJKBUDGET_UITSLAG, r.id(), r.titel(), Optional.empty(), Optional.of(r.wijk()), u.vastgesteldOp())))
                .orElse(List.of());
    }
}
