package nl.samenspraak.api.validatie;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input refused before anything was stored: names every field that does not comply, not just the first.
 */
public class OngeldigeInvoerException extends DomeinException {

    private static final long serialVersionUID = 1L;

    private final transient List<Overtreding> overtredingen;

    public OngeldigeInvoerException(List<Overtreding> overtredingen) {
        super(Aard.ONGELDIG, overtredingen.stream().map(o -> o.veld() + ": " + o.reden()).collect(Collectors.joining("; ")));
        if (overtredingen.isEmpty()) {
            throw new IllegalArgumentException("an OngeldigeInvoerException names at least one field");
        }
        this.overtredingen = List.copyOf(overtredingen);
    }

    public OngeldigeInvoerException(String veld, String reden) {
        this(List.of(new Overtreding(veld, reden)));
    }

    /** Throws naming every field in {@code overtredingen}, when there are any. */
    public static void alsNodig(List<Overtreding> overtredingen) {
        if (!overtredingen.isEmpty()) {
            throw new OngeldigeInvoerException(overtredingen);
        }
    }

    @Override
    public List<Overtreding> overtredingen() {
        return overtredingen;
    }
}
