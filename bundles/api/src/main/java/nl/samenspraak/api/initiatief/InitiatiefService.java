package nl.samenspraak.api.initiatief;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reading initiatives of every kind, and who takes part in them. The lifecycles are driven by the service of
 * each kind: {@link SubsidieaanvraagService}, {@link UitdaagverzoekService}, {@link ParticipatietrajectService}
 * and {@link InspraakService}. Every method takes the gemeente first and sees only that gemeente's
 * initiatives; authorisation is the caller's job, the {@code door} argument names the user who acts and is
 * recorded.
 *
 * <p>Failures, for these services alike, are {@link nl.samenspraak.api.validatie.DomeinException}s:
 * {@link nl.samenspraak.api.validatie.OngeldigeInvoerException} names each field that does not comply;
 * {@link InitiatiefNietGevondenException}; {@link OvergangNietToegestaanException} when the lifecycle does not
 * allow the step (now); {@link nl.samenspraak.api.regels.RegelsOntbrekenException} when no rules are in force
 * for the date that counts; {@link VerzoekGeweigerdException} when the rules refuse a request outright;
 * {@link nl.samenspraak.api.gemeente.GemeenteNietBediendException}. And
 * {@link nl.samenspraak.rules.RegelsOnbruikbaarException} when the rules misbehave. In every case nothing is
 * stored.
 */
@ProviderType
public interface InitiatiefService {

    List<Initiatief> list(String gemeente, Filter filter);

    Initiatief get(String gemeente, String id);

    List<Overgang> overgangen(String gemeente, String id);

    List<Besluit> besluiten(String gemeente, String id);

    List<Deelname> deelnames(String gemeente, String id);

    Deelname voegDeelnemerToe(String gemeente, String id, String gebruiker, Participatierol rol, String door);

    /** Which initiatives to list; an empty field selects all. */
    record Filter(Optional<Initiatiefsoort> soort, Optional<Status> status, Optional<String> wijk,
            Optional<String> initiatiefnemer) {
        public static final Filter ALLE = new Filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
