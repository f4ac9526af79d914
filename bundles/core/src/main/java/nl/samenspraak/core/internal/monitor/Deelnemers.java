package nl.samenspraak.core.internal.monitor;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.Zienswijze;

/**
 * Who counts as a participant: residents, businesses and organisations, not those who run the process for the
 * gemeente (the civil servant who opens a traject or an inspraak is recorded as its project leader).
 */
final class Deelnemers {

    /** The gemeente's side: they are asked for the self-evaluation, not the questionnaire. */
    static final Set<Participatierol> UITVOERDERS = EnumSet.of(Participatierol.PROJECTLEIDER,
            Participatierol.PROCESBEGELEIDER, Participatierol.BESTUURDER);

    private Deelnemers() {
    }

    static boolean isDeelnemer(Deelname deelname) {
        return !UITVOERDERS.contains(deelname.rol());
    }

    /**
     * The participants of an initiative: its non-staff parts and, for an inspraak, who submitted a zienswijze; never
     * the civil servant who opened a traject or inspraak of the gemeente.
     */
    static Set<String> van(Initiatief initiatief, List<Deelname> deelnames, List<Zienswijze> zienswijzen) {
        Set<String> uitvoerders = new LinkedHashSet<>();
        deelnames.stream().filter(d -> !isDeelnemer(d)).forEach(d -> uitvoerders.add(d.gebruiker()));
        if (Inzage.isOpenbaar(initiatief.soort())) {
            uitvoerders.add(initiatief.initiatiefnemer());
        }
        Set<String> namen = new LinkedHashSet<>();
        deelnames.stream().map(Deelname::gebruiker).forEach(namen::add);
        zienswijzen.stream().map(Zienswijze::indiener).forEach(namen::add);
        namen.removeAll(uitvoerders);
        return namen;
    }
}
