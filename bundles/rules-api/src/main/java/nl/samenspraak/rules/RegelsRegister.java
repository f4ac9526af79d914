package nl.samenspraak.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's view of the installed rules: for a gemeente and a date, the rules in force. Empty means
 * no rules are in force, and the platform then refuses the decision (fails closed) instead of guessing.
 */
@ProviderType
public interface RegelsRegister {

    Optional<GeldendeRegels<Verordening>> verordening(String gemeente, LocalDate datum);

    Optional<GeldendeRegels<Subsidieregeling>> subsidieregeling(String gemeente, String regeling, LocalDate datum);

    Optional<GeldendeRegels<Toewijzingsproces>> toewijzingsproces(String gemeente, String proces, LocalDate datum);

    /** Every rules service that serves this gemeente (its own, or the model it adopted), in any period. */
    List<GeldendeRegels<Regels>> alle(String gemeente);
}
