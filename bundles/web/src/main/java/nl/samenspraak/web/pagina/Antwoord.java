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
    private final Bestand bestand;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private int status = 200;

    private Antwoord(String sjabloon, String titel, String doorsturenNaar, Bestand bestand) {
        this.sjabloon = sjabloon;
        this.titel = titel;
        this.doorsturenNaar = doorsturenNaar;
        this.bestand = bestand;
    }

    /**
     * A file to download instead of a page, e.g. a CSV export.
     *
     * @param mediatype e.g. {@code text/csv;charset=UTF-8}
     * @param naam the file name the browser proposes, e.g. {@code grootboek.csv}
     */
    public record Bestand(String mediatype, String naam, byte[] inhoud) {

        public Bestand {
            Objects.requireNonNull(mediatype, "mediatype");
            Objects.requireNonNull(inhoud, "inhoud");
            if (!naam.matches("[A-Za-z0-9._-]{1,100}")) {
                throw new IllegalArgumentException("not a plain file name: " + naam);
            }
        }
    }

    /**
     * @param sjabloon a template of the page's bundle, under {@code sjablonen/}, e.g. {@code initiatief.ftlh}
     * @param titel the page's own title; the layout adds the gemeente and the platform
     */
    public static Antwoord pagina(String sjabloon, String titel) {
        return new Antwoord(Objects.requireNonNull(sjabloon), Objects.requireNonNull(titel), null, null);
    }

    /** 303 See Other to a path on this server. */
    public static Antwoord naar(String pad) {
        if (!pad.startsWith("/") || pad.startsWith("//")) {
            throw new IllegalArgumentException("not a path on this server: " + pad);
        }
        return new Antwoord(null, null, pad, null);
    }

    /** A file to download (200, as an attachment). */
    public static Antwoord bestand(Bestand bestand) {
        return new Antwoord(null, null, null, Objects.requireNonNull(bestand));
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

    public Optional<Bestand> bestand() {
        return Optional.ofNullable(bestand);
    }

    public Map<String, Object> model() {
        return Collections.unmodifiableMap(model);
    }

    public int status() {
        return status;
    }
}
