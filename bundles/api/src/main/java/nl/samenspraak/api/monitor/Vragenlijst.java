package nl.samenspraak.api.monitor;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A questionnaire for the participants of one occasion. It is not typed in by anyone: it exists as soon as the
 * platform recorded its occasion (the phase change, the reactienota, the besluit, the result).
 *
 * @param id {@code <onderwerp>.<moment>}, e.g. {@code 3f2a….uitvoering} for the end of a traject's uitvoering
 * @param onderwerp the initiative or wijkbudget round it is about
 * @param titel the title of that initiative or round
 * @param fase for {@link Aanleiding#FASE_AFGEROND}: the phase that ended
 * @param wijk the wijk of the subject, when it concerns one
 * @param sinds when the occasion was recorded
 */
public record Vragenlijst(String id, String gemeente, Aanleiding aanleiding, String onderwerp, String titel,
        Optional<String> fase, Optional<String> wijk, Instant sinds) {

    public Vragenlijst {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(aanleiding, "aanleiding");
        Objects.requireNonNull(onderwerp, "onderwerp");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(fase, "fase");
        Objects.requireNonNull(wijk, "wijk");
        Objects.requireNonNull(sinds, "sinds");
    }

    /** The id of the questionnaire on {@code onderwerp} after {@code moment} (a phase name or the occasion's key). */
    public static String id(String onderwerp, String moment) {
        return onderwerp + "." + moment;
    }

    /** The subject of a questionnaire id; empty when the id has no such form. */
    public static Optional<String> onderwerpVan(String id) {
        int punt = id.lastIndexOf('.');
        return punt <= 0 || punt == id.length() - 1 ? Optional.empty() : Optional.of(id.substring(0, punt));
    }

    /** Whether it is answered with a vote receipt instead of a signed-in account. */
    public boolean metOntvangstbewijs() {
        return aanleiding == Aanleiding.WIJKBUDGET_UITSLAG;
    }
}
