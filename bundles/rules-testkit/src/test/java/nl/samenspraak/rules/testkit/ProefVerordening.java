package nl.samenspraak.rules.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.Verordening;

/** A small correct ordinance, and the same with one mistake switched on. */
class ProefVerordening implements Verordening {

    enum Fout {
        NOEMT_ALLEEN_EERSTE_ONTBREKENDE,
        LEEG_ARTIKEL_BIJ_UITSLUITING,
        TERMIJN_NUL,
        NULL_IN_PLAATS_VAN_LEEG,
        /** A zienswijze term of four weeks where the Awb and the gemeente say six. */
        VIER_WEKEN_ZIENSWIJZE,
        /** The reason's text put where its article belongs. */
        GEEN_ARTIKEL_MAAR_TEKST
    }

    private final Set<Fout> fouten;

    ProefVerordening(Fout... fouten) {
        this.fouten = fouten.length == 0 ? EnumSet.noneOf(Fout.class) : EnumSet.copyOf(List.of(fouten));
    }

    @Override
    public RegelsInfo info() {
        return RegelsInfo.vanaf("Proefverordening", "test", LocalDate.of(2025, 1, 1));
    }

    @Override
    public Termijn zienswijzetermijn(Besluitsoort soort) {
        int weken = fouten.contains(Fout.TERMIJN_NUL) ? 0 : fouten.contains(Fout.VIER_WEKEN_ZIENSWIJZE) ? 4 : 6;
        return Termijn.weken(weken, "art. 3:16 lid 1 Awb", "Zes weken.");
    }

    @Override
    public Inspraakrecht inspraakrecht(Besluitsoort soort) {
        return new Inspraakrecht(Inspraakrecht.Kring.INGEZETENEN, 16, new Reden("art. 2 Proefverordening", "Ingezetenen vanaf 16."));
    }

    @Override
    public Optional<Reden> uitgesloten(Onderwerp onderwerp) {
        if (onderwerp == Onderwerp.BELASTINGEN) {
            String artikel = fouten.contains(Fout.LEEG_ARTIKEL_BIJ_UITSLUITING) ? ""
                    : fouten.contains(Fout.GEEN_ARTIKEL_MAAR_TEKST) ? "commercieel" : "art. 3 Proefverordening";
            return Optional.of(new Reden(artikel, "Geen inspraak op belastingen."));
        }
        return fouten.contains(Fout.NULL_IN_PLAATS_VAN_LEEG) ? null : Optional.empty();
    }

    @Override
    public Termijn reactienotatermijn() {
        return Termijn.weken(8, "art. 5 Proefverordening", "Acht weken.");
    }

    @Override
    public Beoordeling beoordeelUitdaagrecht(Uitdaagverzoek verzoek) {
        List<Reden> ontbreekt = new ArrayList<>();
        for (Onderbouwing eis : Onderbouwing.values()) {
            if (!verzoek.onderbouwing().contains(eis) && (eis != Onderbouwing.RECHTSPERSOON || verzoek.metBudget())) {
                ontbreekt.add(new Reden("art. 6 lid " + (eis.ordinal() + 1) + " Proefverordening", "Ontbreekt: " + eis));
            }
        }
        if (fouten.contains(Fout.NOEMT_ALLEEN_EERSTE_ONTBREKENDE) && ontbreekt.size() > 1) {
            ontbreekt = ontbreekt.subList(0, 1);
        }
        return ontbreekt.isEmpty()
                ? Beoordeling.toegekend(verzoek.gevraagdInCenten(), List.of(new Reden("art. 6 Proefverordening", "Voldoet.")))
                : Beoordeling.afgewezen(ontbreekt);
    }

    @Override
    public Termijn uitdaagrechtBeslistermijn() {
        return Termijn.weken(8, "art. 4:13 Awb", "Acht weken.");
    }
}
