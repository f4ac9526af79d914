package nl.samenspraak.api.budget;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A budget of one gemeente, optionally for one of its wijken and one subsidy scheme, for a period (both days
 * included), with its figures as derived from the ledger at the moment it was read.
 *
 * @param id opaque identifier, unique on the platform
 * @param gemeente CBS code of the gemeente it belongs to
 * @param wijk CBS code of a wijk of that gemeente, if the budget is for one wijk
 * @param regeling code of the subsidy scheme the budget funds, if any
 * @param van first day of the period
 * @param tot last day of the period
 * @param saldo ceiling and totals per kind of entry
 */
public record Budget(String id, String gemeente, String naam, Optional<String> wijk, Optional<String> regeling,
        LocalDate van, LocalDate tot, Saldo saldo) {

    public Budget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(gemeente, "gemeente");
        Objects.requireNonNull(naam, "naam");
        Objects.requireNonNull(wijk, "wijk");
        Objects.requireNonNull(regeling, "regeling");
        Objects.requireNonNull(van, "van");
        Objects.requireNonNull(tot, "tot");
        Objects.requireNonNull(saldo, "saldo");
    }

    public Bedrag plafond() {
        return saldo.plafond();
    }

    public Bedrag beschikbaar() {
        return saldo.beschikbaar();
    }
}
