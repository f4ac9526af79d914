package nl.samenspraak.core.internal.initiatief;

import java.util.ArrayList;
import java.util.List;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Beoordeling.Uitkomst;
import nl.samenspraak.rules.Reden;

/**
 * A civil servant's outcome in place of the rules' advice. The besluit keeps the rules' reasons, so what the rules
 * said stays visible, and adds the written motivation of the deviation: a besluit must rest on a sound motivation
 * that is stated with it (art. 3:46 and 3:47 Awb).
 */
final class AfwijkingVanAdvies {

    static final String ARTIKEL = "art. 3:46 Awb";

    private AfwijkingVanAdvies() {
    }

    /** The beoordeling the besluit rests on: the advice itself when the civil servant follows it. */
    static Beoordeling toepassen(Beoordeling advies, SubsidieaanvraagService.Afwijking afwijking, Bedrag gevraagd) {
        List<Overtreding> fouten = new ArrayList<>();
        Uitkomst uitkomst = afwijking.uitkomst();
        if (uitkomst == Uitkomst.AANVULLING_NODIG) {
            throw new OngeldigeInvoerException("uitkomst", "kies toekennen of afwijzen; een aanvulling vraagt u apart");
        }
        Bedrag bedrag = Bedrag.NUL;
        if (uitkomst == Uitkomst.TOEGEKEND) {
            bedrag = afwijking.bedrag().orElse(advies.uitkomst() == Uitkomst.TOEGEKEND
                    ? Bedrag.centen(advies.bedragInCenten()) : gevraagd);
            if (!bedrag.isPositief()) {
                fouten.add(new Overtreding("bedrag", "een bedrag van meer dan 0 is verplicht bij toekennen"));
            } else if (bedrag.groterDan(gevraagd)) {
                fouten.add(new Overtreding("bedrag", "niet meer dan het gevraagde bedrag van " + gevraagd));
            }
        }
        boolean zoalsGeadviseerd = uitkomst == advies.uitkomst()
                && (uitkomst == Uitkomst.AFGEWEZEN || bedrag.centen() == advies.bedragInCenten());
        if (zoalsGeadviseerd) {
            OngeldigeInvoerException.alsNodig(fouten);
            return advies;
        }
        Invoerregels.tekst(fouten, "motivering", afwijking.motivering(), Invoerregels.MAX_TEKST);
        OngeldigeInvoerException.alsNodig(fouten);
        List<Reden> redenen = new ArrayList<>(advies.redenen());
        redenen.add(new Reden(ARTIKEL, "De gemeente wijkt af van het advies van de regels (" + advies(advies) + "). Motivering: "
                + afwijking.motivering().strip()));
        return new Beoordeling(uitkomst, bedrag.centen(), redenen);
    }

    private static String advies(Beoordeling advies) {
        return switch (advies.uitkomst()) {
            case TOEGEKEND -> "toekennen: € " + Bedrag.centen(advies.bedragInCenten()).toString().replace('.', ',');
            case AFGEWEZEN -> "afwijzen";
            case AANVULLING_NODIG -> "eerst een aanvulling vragen";
        };
    }
}
