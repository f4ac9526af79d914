package nl.samenspraak.core.internal.monitor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.monitor.Inwonertal;
import nl.samenspraak.api.monitor.Reactie;
import nl.samenspraak.api.monitor.Zelfevaluatie;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;

/**
 * Everything the indicators of one gemeente are computed from, read from the stores at once: plain values, so
 * the computation is plain Java that a test feeds by hand.
 *
 * @param vandaag the Dutch calendar day the "now" figures (overdue applications) count to
 */
record Monitorgegevens(Gemeente gemeente, List<Dossier> dossiers, List<Rondedossier> rondes, List<Reactie> reacties,
        List<Zelfevaluatie> zelfevaluaties, List<Inwonertal> inwonertallen, LocalDate vandaag) {

    Monitorgegevens {
        Objects.requireNonNull(gemeente, "gemeente");
        dossiers = List.copyOf(dossiers);
        rondes = List.copyOf(rondes);
        reacties = List.copyOf(reacties);
        zelfevaluaties = List.copyOf(zelfevaluaties);
        inwonertallen = List.copyOf(inwonertallen);
        Objects.requireNonNull(vandaag, "vandaag");
    }

    /** An initiative with what was recorded of it. */
    record Dossier(Initiatief initiatief, List<Overgang> overgangen, List<Besluit> besluiten, List<Deelname> deelnames) {
        Dossier {
            Objects.requireNonNull(initiatief, "initiatief");
            overgangen = List.copyOf(overgangen);
            besluiten = List.copyOf(besluiten);
            deelnames = List.copyOf(deelnames);
        }
    }

    /** A wijkbudget round with its plans. */
    record Rondedossier(Ronde ronde, List<Plan> plannen) {
        Rondedossier {
            Objects.requireNonNull(ronde, "ronde");
            plannen = List.copyOf(plannen);
        }
    }

    Optional<Inwonertal> inwonertal(String wijk) {
        return inwonertallen.stream().filter(i -> i.wijk().equals(wijk)).findFirst();
    }
}
