package nl.samenspraak.web.pagina;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;

/** What a page gets to read: path and query parameters, the posted form, who is signed in, and for which gemeente. */
@ProviderType
public interface Verzoek {

    /** The gemeente named by {@code {gemeente}} in the path; empty for platform pages such as {@code /}. */
    Optional<Gemeente> gemeente();

    /** The gemeente of a page below {@code /gemeenten/{gemeente}}. */
    default Gemeente gemeenteVereist() {
        return gemeente().orElseThrow(() -> new IllegalStateException("this page's path has no {gemeente}"));
    }

    /** A parameter of the path template, e.g. {@code id} for {@code .../initiatieven/{id}}. */
    String pad(String naam);

    /** A query or form parameter, trimmed; empty when absent or blank. */
    Optional<String> parameter(String naam);

    /** Every value of a query or form parameter (check boxes), trimmed, blanks left out. */
    List<String> parameters(String naam);

    /**
     * The text of a file sent with the form ({@code <input type="file">} in a form of
     * {@code enctype="multipart/form-data"}), read as UTF-8 without a byte order mark; empty when none was chosen.
     *
     * @since 1.2
     */
    Optional<String> bestand(String naam);

    /** The posted form, for re-showing what was typed together with the errors. */
    Formulier formulier();

    /** The path and query of this request, e.g. to come back here after signing in. */
    String adres();

    /**
     * Scheme, host and port of the server as this request reached it, e.g. {@code https://samenspraak.example.nl},
     * for an address printed on paper (a letter with a voting code).
     *
     * @since 1.2
     */
    String basisadres();

    /** The address of the client as the server sees it, for throttling guesses per client. */
    String clientadres();

    Optional<Gebruiker> gebruiker();

    /**
     * The signed-in user; when nobody is signed in the resident is sent to the sign-in page, and back here
     * afterwards.
     */
    Gebruiker aangemeldeGebruiker();

    /**
     * A value that stands for this browser session and no other, to bind something that only this session may
     * fetch (a download offered once); not the session's cookie, and it changes when the user signs in or out. Empty
     * without a session.
     *
     * @since 1.4
     */
    Optional<String> sessiebinding();

    /** Starts a new session for this user (a new session id, so a planted one never becomes signed in). */
    void meldAan(Gebruiker gebruiker);

    /** Ends the session. */
    void meldAf();
}
