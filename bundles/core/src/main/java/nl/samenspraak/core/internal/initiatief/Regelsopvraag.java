package nl.samenspraak.core.internal.initiatief;

import java.time.LocalDate;

import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.regels.RegelingOnbekendException;
import nl.samenspraak.api.regels.RegelsOntbrekenException;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Verordening;

/** The rules in force on the day that counts, or a refusal to decide: the platform never falls back on a default. */
final class Regelsopvraag {

    private Regelsopvraag() {
    }

    static GeldendeRegels<Subsidieregeling> subsidieregeling(RegelsRegister register, String gemeente, String regeling,
            LocalDate datum) {
        RegelingOnbekendException.weigerOnbekende(register, gemeente, regeling);
        return register.subsidieregeling(gemeente, regeling, datum).orElseThrow(() -> new RegelsOntbrekenException(
                "Voor " + gemeente + " geldt op " + datum + " geen subsidieregeling '" + regeling + "': "
                        + register.waaromGeen(gemeente, Subsidieregeling.class, regeling, datum)
                        + ", dus er kan niet worden beslist"));
    }

    static GeldendeRegels<Verordening> verordening(RegelsRegister register, String gemeente, LocalDate datum) {
        return register.verordening(gemeente, datum).orElseThrow(() -> new RegelsOntbrekenException(
                "Voor " + gemeente + " geldt op " + datum + " geen participatie- of inspraakverordening: "
                        + register.waaromGeen(gemeente, Verordening.class, null, datum) + ", dus er kan niet worden beslist"));
    }

    /** An ordinance without uitdaagrecht is not asked to refuse: the request is answered with its own reason. */
    static void vereisUitdaagrecht(GeldendeRegels<Verordening> verordening) {
        verordening.regels().zonderUitdaagrecht().ifPresent(reden -> {
            throw new VerzoekGeweigerdException("verzoek", reden);
        });
    }
}
