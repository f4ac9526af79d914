package nl.samenspraak.core.internal.regels;

import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Regels;

/** Which rules, from which bundle and version, decided: recorded in every besluit and wijkbudget result. */
public final class RegelsHerkomst {

    private RegelsHerkomst() {
    }

    public static Besluit.Herkomst van(GeldendeRegels<? extends Regels> regels) {
        return new Besluit.Herkomst(regels.info().titel(), regels.info().vindplaats(), regels.info().geldigVanaf(),
                regels.info().geldigTot(), regels.bundel(), regels.bundelversie());
    }
}
