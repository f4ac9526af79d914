package nl.samenspraak.api.initiatief;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An initiative of one gemeente as stored, with what is particular to its kind in {@link #gegevens()}.
 *
 * @param id opaque identifier, unique on the platform
 * @param gemeente CBS code of the gemeente it belongs to
 * @param titel short title
 * @param omschrijving what it is about
 * @param wijk CBS wijk code, when it concerns one wijk
 * @param initiatiefnemer the user who started it (an applicant, a challenger, or the civil servant who opened
 *        a process or laid a draft ter inzage)
 * @param aangemaaktOp when it was stored
 * @param gegevens what its kind adds; its class matches {@link #soort()}
 */
public record Initiatief(String id, String gemeente, Status status, String titel, String omschrijving,
        Optional<String> wijk, String initiatiefnemer, Instant aangemaaktOp, Gegevens gegevens) {

    public Initiatief {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(titel, "titel");
        Objects.requireNonNull(omschrijving, "omschrijving");
        Objects.requireNonNull(wijk, "wijk");
        Objects.requireNonNull(initiatiefnemer, "initiatiefnemer");
        Objects.requireNonNull(aangemaaktOp, "aangemaaktOp");
        Objects.requireNonNull(gegevens, "gegevens");
        if (!Levenscyclus.toestanden(gegevens.soort()).contains(status)) {
            throw new IllegalArgumentException(status + " is no state of a " + gegevens.soort());
        }
    }

    public Initiatiefsoort soort() {
        return gegevens.soort();
    }

    /** The same initiative in another state with other particulars. */
    public Initiatief met(Status nieuweStatus, Gegevens nieuweGegevens) {
        return new Initiatief(id, gemeente, nieuweStatus, titel, omschrijving, wijk, initiatiefnemer, aangemaaktOp,
                nieuweGegevens);
    }

    /**
     * The legal term running for this initiative in its current state, if the gemeente owes it something: the
     * besluit on a subsidy application awaiting it (not while aanvulling is asked: that clock stands still) or on
     * a Right to Challenge request, and the reactienota on a draft ter inzage.
     */
    public Optional<LocalDate> lopendeTermijn() {
        if (status == Status.AANGEVRAAGD && gegevens instanceof Subsidiegegevens s) {
            return Optional.of(s.beslistTot());
        }
        if (status == Status.INGEDIEND && gegevens instanceof Uitdaaggegevens u) {
            return Optional.of(u.beslistTot());
        }
        if (status == Status.TER_INZAGE && gegevens instanceof Inspraakgegevens g) {
            return Optional.of(g.reactienotaTot());
        }
        return Optional.empty();
    }

    /** Casts the particulars to the kind a caller expects. */
    public <G extends Gegevens> G gegevens(Class<G> soort) {
        if (!soort.isInstance(gegevens)) {
            throw new IllegalStateException(id + " is a " + soort() + ", not " + soort.getSimpleName());
        }
        return soort.cast(gegevens);
    }
}
