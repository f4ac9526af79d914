package nl.samenspraak.rules.testkit;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieaanvraag.Kenmerk;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;

/**
 * A small correct scheme, and the same scheme with one mistake switched on: the test kit must pass the first
 * and catch each mistake.
 */
class ProefRegeling implements Subsidieregeling {

    enum Fout {
        KENT_CENT_BOVEN_MAXIMUM_TOE,
        NOEMT_ALLEEN_EERSTE_BEZWAAR,
        LEGE_TOELICHTING,
        WISSELENDE_INFO,
        NEGEERT_AANVRAAG_VOORAF,
        NEGEERT_LEEFTIJD_AANVRAGER,
        NEGEERT_LEEFTIJD_ONDERSTEUNERS,
        TELT_ONDERSTEUNERS_VERKEERD,
        WIJST_ALLES_AF,
        KENT_MEER_TOE_DAN_GEVRAAGD,
        KENT_STAD_TOE_ZONDER_MAXIMUM,
        VERGEET_POLITIEK_BIJ_MEER_BEZWAREN,
        /** Publishes and enforces four weeks' lead time, consistently, where the regulation says six. */
        VIER_WEKEN_VOORAF
    }

    static final String REGELING = "Proefregeling";

    private final Set<Fout> fouten;
    private final RegelsInfo info;
    private int aanroepen;

    static final Regelingsfeiten FEITEN = new Regelingsfeiten(
            Map.of(Schaal.STRAAT, 50_000L, Schaal.BUURT, 100_000L, Schaal.WIJK, 200_000L), Period.ofWeeks(6), 18, 4, 12,
            Termijn.weken(8, "art. 4:13 Awb", "Binnen acht weken."));

    ProefRegeling(Fout... fouten) {
        this(RegelsInfo.vanaf(REGELING, "test", LocalDate.of(2025, 1, 1)), fouten);
    }

    ProefRegeling(RegelsInfo info, Fout... fouten) {
        this.info = info;
        this.fouten = fouten.length == 0 ? EnumSet.noneOf(Fout.class) : EnumSet.copyOf(List.of(fouten));
    }

    @Override
    public RegelsInfo info() {
        if (fouten.contains(Fout.WISSELENDE_INFO)) {
            aanroepen++;
            return RegelsInfo.vanaf(REGELING + " " + aanroepen, "test", LocalDate.of(2025, 1, 1));
        }
        return info;
    }

    @Override
    public String regeling() {
        return "proef";
    }

    @Override
    public Regelingsfeiten feiten() {
        if (fouten.contains(Fout.VIER_WEKEN_VOORAF)) {
            return Regelingsfeiten.builder().maximum(Schaal.STRAAT, 50_000L).maximum(Schaal.BUURT, 100_000L)
                    .maximum(Schaal.WIJK, 200_000L).aanvraagVooraf(Period.ofWeeks(4)).minimumleeftijdAanvrager(18)
                    .vereisteOndersteuners(4).minimumleeftijdOndersteuners(12).beslistermijn(FEITEN.beslistermijn()).build();
        }
        return FEITEN;
    }

    @Override
    public Beoordeling beoordeel(Subsidieaanvraag a) {
        List<Reden> bezwaren = new ArrayList<>();
        Long max = FEITEN.maximumInCenten().get(a.schaal());
        long grens = max == null ? 0 : max + (fouten.contains(Fout.KENT_CENT_BOVEN_MAXIMUM_TOE) ? 1 : 0);
        if (max == null && !fouten.contains(Fout.KENT_STAD_TOE_ZONDER_MAXIMUM)) {
            bezwaren.add(new Reden("art. 2 lid 2 " + REGELING, "Deze schaal valt buiten de regeling."));
        } else if (max != null && a.gevraagdInCenten() > grens) {
            bezwaren.add(new Reden("art. 2 lid 1 " + REGELING, "Meer dan het maximum."));
        }
        if (!fouten.contains(Fout.NEGEERT_AANVRAAG_VOORAF)
                && a.activiteitOp().isBefore(a.ingediendOp().plus(feiten().aanvraagVooraf()))) {
            bezwaren.add(new Reden("art. 3 " + REGELING, "Minder dan zes weken vooraf aangevraagd."));
        }
        if (!fouten.contains(Fout.NEGEERT_LEEFTIJD_AANVRAGER) && a.leeftijdAanvrager() < 18) {
            bezwaren.add(new Reden("art. 4 lid 1 " + REGELING, "Aanvrager jonger dan 18."));
        }
        int minimum = fouten.contains(Fout.NEGEERT_LEEFTIJD_ONDERSTEUNERS) ? 0 : 12;
        long ondersteuners = a.leeftijdenOndersteuners().stream().filter(l -> l >= minimum).count();
        if (ondersteuners < (fouten.contains(Fout.TELT_ONDERSTEUNERS_VERKEERD) ? 3 : 4)) {
            bezwaren.add(new Reden("art. 4 lid 2 " + REGELING, "Minder dan vier ondersteuners van 12 jaar of ouder."));
        }
        if (!a.heeft(Kenmerk.OPENBAAR_TOEGANKELIJK)) {
            bezwaren.add(new Reden("art. 5 " + REGELING, "Niet openbaar toegankelijk."));
        }
        if (a.heeft(Kenmerk.POLITIEK) && !(fouten.contains(Fout.VERGEET_POLITIEK_BIJ_MEER_BEZWAREN) && !bezwaren.isEmpty())) {
            bezwaren.add(new Reden("art. 6 " + REGELING, "Politieke activiteit."));
        }
        if (fouten.contains(Fout.WIJST_ALLES_AF)) {
            bezwaren.add(new Reden("art. 7 " + REGELING, "Het plafond is bereikt."));
        }
        if (fouten.contains(Fout.NOEMT_ALLEEN_EERSTE_BEZWAAR) && bezwaren.size() > 1) {
            bezwaren = bezwaren.subList(0, 1);
        }
        if (!bezwaren.isEmpty()) {
            return Beoordeling.afgewezen(bezwaren);
        }
        long bedrag = a.gevraagdInCenten() + (fouten.contains(Fout.KENT_MEER_TOE_DAN_GEVRAAGD) ? 100 : 0);
        return Beoordeling.toegekend(bedrag, List.of(new Reden("art. 2 lid 1 " + REGELING,
                fouten.contains(Fout.LEGE_TOELICHTING) ? " " : "Voldoet aan de voorwaarden.")));
    }
}
