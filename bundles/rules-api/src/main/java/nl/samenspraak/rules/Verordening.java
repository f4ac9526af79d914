package nl.samenspraak.rules;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A gemeente's participatie- or inspraakverordening (art. 150 Gemeentewet): terms, who may respond, what is
 * excluded from inspraak, and the conditions of the uitdaagrecht.
 */
@ConsumerType
public interface Verordening extends Regels {

    /** The term for zienswijzen on this kind of draft decision, from the day it is laid ter inzage. */
    Termijn zienswijzetermijn(Besluitsoort soort);

    /** Who may submit a zienswijze on this kind of draft decision. */
    Inspraakrecht inspraakrecht(Besluitsoort soort);

    /** The article excluding this subject from inspraak, or empty when inspraak is given. */
    Optional<Reden> uitgesloten(Onderwerp onderwerp);

    /** The term within which the college publishes the reactienota, from the end of the zienswijzetermijn. */
    Termijn reactienotatermijn();

    /**
     * Assesses a request to take over a municipal task against the ordinance's conditions. Not called when
     * {@link #zonderUitdaagrecht()} says the ordinance has none.
     */
    Beoordeling beoordeelUitdaagrecht(Uitdaagverzoek verzoek);

    /**
     * The term for the decision on an uitdaagrecht request, from its receipt. Not called when
     * {@link #zonderUitdaagrecht()} says the ordinance has none.
     */
    Termijn uitdaagrechtBeslistermijn();

    /**
     * Empty when this ordinance regulates the uitdaagrecht; otherwise the reason it does not, citing the
     * ordinance (older inspraakverordeningen have no uitdaagrecht), which the platform gives to whoever asks to
     * take over a task, instead of a refusal the ordinance never made. An ordinance without uitdaagrecht may
     * throw {@link UnsupportedOperationException} from {@link #beoordeelUitdaagrecht} and
     * {@link #uitdaagrechtBeslistermijn}.
     *
     * @since 1.2
     */
    default Optional<Reden> zonderUitdaagrecht() {
        return Optional.empty();
    }
}
