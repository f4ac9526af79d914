package nl.samenspraak.core.internal.monitor;

import java.util.EnumSet;
import java.util.Set;

import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Participatierol;

/** Who counts as a participant: residents, businesses and organisations, not those who run the process for the gemeente. */
final class Deelnemers {

    /** The gemeente's side of a traject: they are asked for the self-evaluation, not the questionnaire. */
    static final Set<Participatierol> UITVOERDERS = EnumSet.of(Participatierol.PROJECTLEIDER,
            Participatierol.PROCESBEGELEIDER, Participatierol.BESTUURDER);

    private Deelnemers() {
    }

    static boolean isDeelnemer(Deelname deelname) {
        return !UITVOERDERS.contains(deelname.rol());
    }
}
