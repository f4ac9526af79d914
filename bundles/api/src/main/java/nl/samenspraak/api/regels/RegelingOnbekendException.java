package nl.samenspraak.api.regels;

import java.util.List;
import java.util.TreeSet;

import nl.samenspraak.api.validatie.DomeinException;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieregeling;

/**
 * The gemeente's rules know no subsidy scheme by this key, in any period: the scheme does not exist (404),
 * which is not the same as a scheme that exists but has no version in force on the date (503, see
 * {@link RegelsOntbrekenException}).
 *
 * @since 1.1
 */
public class RegelingOnbekendException extends DomeinException {

    private static final long serialVersionUID = 1L;

    public RegelingOnbekendException(String gemeente, String regeling, List<String> bekend) {
        super(Aard.NIET_GEVONDEN, gemeente + " kent geen subsidieregeling '" + regeling + "'; de regels van " + gemeente
                + " kennen " + String.join(", ", bekend));
    }

    /**
     * Refuses a key none of the gemeente's rules, in any period, uses for a subsidy scheme. A gemeente without any
     * subsidy scheme is not refused here: then no rules bundle decides about it at all, which is the 503 of
     * {@link RegelsOntbrekenException}.
     */
    public static void weigerOnbekende(RegelsRegister register, String gemeente, String regeling) {
        TreeSet<String> bekend = new TreeSet<>();
        register.alle(gemeente).forEach(r -> {
            if (r.regels() instanceof Subsidieregeling s) {
                bekend.add(s.regeling());
            }
        });
        if (!bekend.isEmpty() && !bekend.contains(regeling)) {
            throw new RegelingOnbekendException(gemeente, regeling, List.copyOf(bekend));
        }
    }
}
