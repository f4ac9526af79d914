package nl.samenspraak.rest.internal.resources;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.rules.GeldendeRegels;

/**
 * Which rules, from which bundle and version, produced an answer: every answer built on a gemeente's rules
 * carries it, so a resident can see, and object to, what decided.
 */
@Schema(description = "Welke regels, uit welke bundel en versie, de uitkomst bepaalden")
public record RegelsHerkomst(String titel, String vindplaats, String geldigVanaf, String bundel, String bundelversie) {

    static RegelsHerkomst van(GeldendeRegels<?> geldend) {
        return new RegelsHerkomst(geldend.info().titel(), geldend.info().vindplaats(),
                geldend.info().geldigVanaf().toString(), geldend.bundel(), geldend.bundelversie());
    }
}
