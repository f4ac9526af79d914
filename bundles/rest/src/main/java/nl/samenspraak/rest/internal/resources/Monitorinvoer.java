package nl.samenspraak.rest.internal.resources;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.samenspraak.api.monitor.Nogmaals;
import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Stelling;
import nl.samenspraak.api.monitor.VragenlijstService.Invulling;
import nl.samenspraak.api.validatie.Overtreding;

/** Reads the answers of a response or self-evaluation, naming each field that does not parse. */
final class Monitorinvoer {

    private Monitorinvoer() {
    }

    static Map<Stelling, Oordeel> stellingen(List<Overtreding> fouten, Map<String, String> stellingen) {
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        if (stellingen == null) {
            return oordelen;
        }
        stellingen.forEach((sleutel, antwoord) -> {
            Stelling stelling = Invoer.keuze(fouten, "stellingen", sleutel, Stelling.class);
            Oordeel oordeel = Invoer.keuze(fouten, "stellingen." + sleutel, antwoord, Oordeel.class);
            if (stelling != null && oordeel != null) {
                oordelen.put(stelling, oordeel);
            }
        });
        return oordelen;
    }

    static Invulling invulling(List<Overtreding> fouten, ReactieInvoer r) {
        return new Invulling(stellingen(fouten, r.stellingen()), r.cijferProces(), r.cijferResultaat(),
                Invoer.keuze(fouten, "nogmaals", r.nogmaals(), Nogmaals.class), r.goed(), r.beter());
    }
}
