package nl.samenspraak.web.pagina;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page answers: a template rendered in the layout (with a title, unique per page, and a model), or a
 * redirect after a successful POST (303 See Other, so reloading never posts twice).
 */
public final class Antwoord {

    private final String sjabloon;
    private final String titel;
    private final String doorsturenNaar;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private int status = 200;

    private Antwoord(String sjabloon, String titel, String doorsturenNaar) {
        this.sjabloon = sjabloon;
        this.titel = titel;
        this.doorsturenNaar = doorsturenNaar;
    }

    /**
     * @param sjabloon a template of the page's bundle, under {@code sjablonen/}, e.g. {@code initiatief.ftlh}
     * @param titel the page's own title; the layout adds the gemeente and the platform
     */
    public static Antwoord pagina(String sjabloon, String titel) {
        return new Antwoord(Objects.requireNonNull(sjabloon), Objects.requireNonNull(titel), null);
    }

    /** 303 See Other to a path on this server. */
    public static Antwoord naar(String pad) {
        if (!pad.startsWith("/") || pad.startsWith("//")) {
            throw new IllegalArgumentException("not a path on this server: " + pad);
        }
        return new Antwoord(null, null, pad);
    }

    public Antwoord met(String naam, Object waarde) {
        model.put(naam, waarde);
        return this;
    }

    /** A status other than 200, e.g. 422 for a form with errors or 409 for a voting code already used. */
    public Antwoord status(int status) {
        this.status = status;
        return this;
    }

    public String sjabloon() {
        return sjabloon;
    }

    public String titel() {
        return titel;
    }

    public Optional<String> doorsturenNaar() {
        return Optional.ofNullable(doorsturenNaar);
    }

    public Map<String, Object> model() {
        return Collections.unmodifiableMap(model);
    }

    public int status() {
        return status;
    }
}
