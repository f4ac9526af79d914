package nl.samenspraak.api.opslag;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Gegevens;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Zienswijze;

/**
 * Durable storage of initiatives, their transitions, besluiten, participants and zienswijzen. Every row
 * belongs to exactly one gemeente and every method sees only the rows of the gemeente it is given. Used by
 * the initiative services, which validate and applies the rules first.
 */
@ProviderType
public interface InitiatiefStore {

    /** Stores a new initiative in its lifecycle's first state, with its first {@link Overgang} and its initiatiefnemer. */
    Initiatief create(String gemeente, NieuwInitiatief nieuw, String door, Instant op);

    List<Initiatief> list(String gemeente, InitiatiefService.Filter filter);

    Optional<Initiatief> find(String gemeente, String id);

    /**
     * In one transaction: locks the initiative, checks that it is still in {@code wijziging.van()} (else
     * {@link OvergangNietToegestaanException}, so of two racing changes one wins), checks the lifecycle,
     * books the entries on their budgets under the ledger rules, stores the besluit and the new state and
     * appends the {@link Overgang}. When anything is refused, nothing is stored.
     *
     * @throws InitiatiefNietGevondenException when the gemeente has no such initiative
     */
    Initiatief wijzig(String gemeente, String id, Wijziging wijziging);

    /**
     * Like {@link #wijzig}, and in the same transaction replaces the initiative's titel, omschrijving and wijk: an
     * aanvulling that rewrites the application.
     *
     * @since 1.2
     */
    Initiatief wijzig(String gemeente, String id, Wijziging wijziging, Beschrijving beschrijving);

    /**
     * Like {@link #wijzig}, and records each zienswijze's answer; refused unless every zienswijze of the
     * inspraak gets one.
     */
    Initiatief stelReactienotaVast(String gemeente, String id, Wijziging wijziging, Map<String, String> antwoorden);

    /** Stores a zienswijze when the inspraak still has status {@link Status#TER_INZAGE} (checked under a lock). */
    Zienswijze voegZienswijzeToe(String gemeente, String inspraakId, String indiener, LocalDate ontvangenOp, String inhoud,
            Instant op);

    List<Overgang> overgangen(String gemeente, String id);

    List<Besluit> besluiten(String gemeente, String id);

    List<Zienswijze> zienswijzen(String gemeente, String inspraakId);

    List<Deelname> deelnames(String gemeente, String id);

    /** Adds or replaces a user's part in an initiative. */
    Deelname voegDeelnameToe(String gemeente, String id, Deelname deelname);

    record NieuwInitiatief(String titel, String omschrijving, Optional<String> wijk, Gegevens gegevens) {
        public NieuwInitiatief {
            Objects.requireNonNull(titel, "titel");
            Objects.requireNonNull(omschrijving, "omschrijving");
            Objects.requireNonNull(wijk, "wijk");
            Objects.requireNonNull(gegevens, "gegevens");
        }
    }

    /**
     * What an initiative says of itself, as a resident may rewrite it.
     *
     * @since 1.2
     */
    record Beschrijving(String titel, String omschrijving, Optional<String> wijk) {
        public Beschrijving {
            Objects.requireNonNull(titel, "titel");
            Objects.requireNonNull(omschrijving, "omschrijving");
            Objects.requireNonNull(wijk, "wijk");
        }
    }

    /**
     * A change of state with everything that goes with it.
     *
     * @param van the state the caller saw; the change is refused when the initiative has moved on since
     */
    record Wijziging(Status van, Status naar, Gegevens gegevens, String door, Instant op, String toelichting,
            Optional<Besluit> besluit, List<Boekingsopdracht> boekingen) {
        public Wijziging {
            Objects.requireNonNull(van, "van");
            Objects.requireNonNull(naar, "naar");
            Objects.requireNonNull(gegevens, "gegevens");
            Objects.requireNonNull(door, "door");
            Objects.requireNonNull(op, "op");
            Objects.requireNonNull(toelichting, "toelichting");
            Objects.requireNonNull(besluit, "besluit");
            boekingen = List.copyOf(boekingen);
        }
    }
}
