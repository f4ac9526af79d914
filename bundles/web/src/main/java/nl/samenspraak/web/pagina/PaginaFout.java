package nl.samenspraak.web.pagina;

/**
 * A request a page cannot answer normally: shown as an error page in the gemeente's look, with this status,
 * what went wrong and what the resident can do next, in plain Dutch.
 */
public class PaginaFout extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String titel;
    private final String volgendeStap;

    /**
     * @param titel short, e.g. {@code Pagina niet gevonden}
     * @param uitleg what happened, one or two sentences
     * @param volgendeStap what to do now
     */
    public PaginaFout(int status, String titel, String uitleg, String volgendeStap) {
        super(uitleg);
        this.status = status;
        this.titel = titel;
        this.volgendeStap = volgendeStap;
    }

    public static PaginaFout nietGevonden(String uitleg) {
        return new PaginaFout(404, "Pagina niet gevonden", uitleg,
                "Controleer het adres, of ga naar de startpagina en zoek verder vanaf daar.");
    }

    public static PaginaFout methodeNietToegestaan() {
        return new PaginaFout(405, "Dit kan niet op deze pagina", "Deze pagina kan dit verzoek niet verwerken.",
                "Ga terug naar de vorige pagina en probeer het opnieuw.");
    }

    public static PaginaFout geenToegang(String uitleg) {
        return new PaginaFout(403, "Geen toegang", uitleg,
                "Meld u af en meld u aan met een account van deze gemeente, of ga naar de startpagina.");
    }

    public int status() {
        return status;
    }

    public String titel() {
        return titel;
    }

    public String uitleg() {
        return getMessage();
    }

    public String volgendeStap() {
        return volgendeStap;
    }
}
