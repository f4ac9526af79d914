package nl.samenspraak.api.initiatief;

import java.util.Set;
import java.util.stream.Collectors;

import nl.samenspraak.api.validatie.DomeinException;

/**
 * A change of state the lifecycle does not allow, or one that lost a race with another change of the same
 * initiative. Nothing was changed.
 */
public class OvergangNietToegestaanException extends DomeinException {

    private static final long serialVersionUID = 1L;

    private final Status huidig;

    public OvergangNietToegestaanException(Initiatiefsoort soort, Status van, Status naar, Set<Status> toegestaan) {
        super(Aard.CONFLICT, "Een " + soort.name().toLowerCase() + " met status " + van.naam() + " kan niet naar " + naar.naam()
                + (toegestaan.isEmpty() ? ": dit is een eindtoestand"
                        : "; toegestaan: " + toegestaan.stream().map(Status::naam).sorted().collect(Collectors.joining(", "))));
        this.huidig = van;
    }

    public OvergangNietToegestaanException(String reden, Status huidig) {
        super(Aard.CONFLICT, reden);
        this.huidig = huidig;
    }

    public Status huidig() {
        return huidig;
    }
}
