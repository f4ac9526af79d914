package nl.samenspraak.web.pagina;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page answers: a template rendered in the layout (with a title, unique per page, and a model), the same as
 * a PDF, a file, or a redirect after a successful POST (303 See Other, so reloading never posts twice).
 */
public final class Antwoord {

    private final String sjabloon;
    private final String titel;
    private final String doorsturenNaar;
    private final Bestand bestand;
    private final String pdfNaam;
    private final Map<String, Object> model = new LinkedHashMap<>();
    private int status = 200;

    private Antwoord(String sjabloon, String titel, String doorsturenNaar, Bestand bestand, String pdfNaam) {
        this.sjabloon = sjabloon;
        this.titel = titel;
        this.doorsturenNaar = doorsturenNaar;
        this.bestand = bestand;
        this.pdfNaam = pdfNaam;
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
        return new Antwoord(Objects.requireNonNull(sjabloon), Objects.requireNonNull(titel), null, null, null);
    }

    /** 303 See Other to a path on this server. */
    public static Antwoord naar(String pad) {
        if (!pad.startsWith("/") || pad.startsWith("//")) {
            throw new IllegalArgumentException("not a path on this server: " + pad);
        }
        return new Antwoord(null, null, pad, null, null);
    }

    /** A file to download (200, as an attachment). */
    public static Antwoord bestand(Bestand bestand) {
        return new Antwoord(null, null, null, Objects.requireNonNull(bestand), null);
    }

    /**
     * A printable page as a PDF file to download (200, as an attachment), on A4. The template imports
     * {@code /pdf.ftlh} instead of the screen's layout and writes well-formed XHTML ({@code <br/>}); it shares its
     * content with the page for the screen through macros, so paper and screen say the same.
     *
     * @param sjabloon a template as for {@link #pagina}
     * @param titel the document's title
     * @param bestandsnaam the file name the browser proposes, e.g. {@code besluit.pdf}
     * @since 1.4
     */
    public static Antwoord pdf(String sjabloon, String titel, String bestandsnaam) {
        new Bestand("application/pdf", bestandsnaam, new byte[0]);
        return new Antwoord(Objects.requireNonNull(sjabloon), Objects.requireNonNull(titel), null, null, bestandsnaam);
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

    /**
     * The file name of a page answered as a PDF ({@link #pdf}); empty for a page on screen.
     *
     * @since 1.4
     */
    public Optional<String> pdfNaam() {
        return Optional.ofNullable(pdfNaam);
    }

    public Map<String, Object> model() {
        return Collections.unmodifiableMap(model);
    }

    public int status() {
        return status;
    }
}
