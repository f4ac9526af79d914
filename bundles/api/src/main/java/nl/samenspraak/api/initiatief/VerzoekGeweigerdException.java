package nl.samenspraak.api.initiatief;

import java.util.List;
import java.util.stream.Collectors;

import nl.samenspraak.api.validatie.DomeinException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rules.Reden;

/**
 * The gemeente's rules do not allow what is asked (a zienswijze after the term or from someone outside the
 * circle, inspraak on an excluded subject, a settlement above the grant). Nothing was stored; the reasons
 * cite the articles, so the refusal can be contested.
 */
public class VerzoekGeweigerdException extends DomeinException {

    private static final long serialVersionUID = 1L;

    private final String veld;
    private final List<Reden> redenen;

    public VerzoekGeweigerdException(String veld, List<Reden> redenen) {
        super(Aard.GEWEIGERD, redenen.stream().map(r -> r.toelichting() + " (" + r.artikel() + ")").collect(Collectors.joining("; ")));
        this.veld = veld;
        this.redenen = List.copyOf(redenen);
    }

    public VerzoekGeweigerdException(String veld, Reden reden) {
        this(veld, List.of(reden));
    }

    /** The input field the refusal is about. */
    public String veld() {
        return veld;
    }

    public List<Reden> redenen() {
        return redenen;
    }

    /** Each reason against the field it is about, with its article. */
    @Override
    public List<Overtreding> overtredingen() {
        return redenen.stream().map(r -> new Overtreding(veld, r.toelichting() + " (" + r.artikel() + ")")).toList();
    }
}
