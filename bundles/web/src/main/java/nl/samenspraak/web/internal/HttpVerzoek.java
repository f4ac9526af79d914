package nl.samenspraak.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.Part;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.web.pagina.Formulier;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * A {@link Verzoek} over the servlet request, holding this browser's session. The session is begun lazily:
 * only a page that shows a form (and so asks for the CSRF token) or signs someone in gives a visitor a cookie.
 */
final class HttpVerzoek implements Verzoek {

    private final HttpServletRequest request;
    private final Sessies sessies;
    private final Map<String, String> padParameters;
    private final Gemeente gemeente;
    private final boolean sessieCookieVerlopen;
    private Sessie sessie;
    private boolean cookieGewijzigd;
    private Formulier formulier;

    HttpVerzoek(HttpServletRequest request, Sessies sessies, Map<String, String> padParameters, Gemeente gemeente,
            Sessie sessie, boolean sessieCookieVerlopen) {
        this.request = request;
        this.sessies = sessies;
        this.padParameters = padParameters;
        this.gemeente = gemeente;
        this.sessie = sessie;
        this.sessieCookieVerlopen = sessieCookieVerlopen;
    }

    @Override
    public Optional<Gemeente> gemeente() {
        return Optional.ofNullable(gemeente);
    }

    @Override
    public String pad(String naam) {
        String waarde = padParameters.get(naam);
        if (waarde == null) {
            throw new IllegalArgumentException("the path template has no {" + naam + "}");
        }
        return waarde;
    }

    @Override
    public Optional<String> parameter(String naam) {
        String waarde = request.getParameter(naam);
        return waarde == null || waarde.isBlank() ? Optional.empty() : Optional.of(waarde.trim());
    }

    @Override
    public List<String> parameters(String naam) {
        String[] waarden = request.getParameterValues(naam);
        List<String> list = new ArrayList<>();
        if (waarden != null) {
            for (String waarde : waarden) {
                if (!waarde.isBlank()) {
                    list.add(waarde.trim());
                }
            }
        }
        return list;
    }

    @Override
    public Optional<String> bestand(String naam) {
        String soort = request.getContentType();
        if (soort == null || !soort.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        try {
            Part deel = request.getPart(naam);
            if (deel == null || deel.getSize() == 0) {
                return Optional.empty();
            }
            try (InputStream in = deel.getInputStream()) {
                return Optional.of(tekst(in.readAllBytes()));
            }
        } catch (IOException | ServletException e) {
            throw new PaginaFout(400, "Het bestand kwam niet goed aan", "Het bestand is niet (helemaal) ontvangen. "
                    + "Er is niets opgeslagen.", "Kies het bestand opnieuw en verstuur het formulier nog een keer.");
        }
    }

    /**
     * A file's bytes as text: UTF-8 (without its byte order mark), or else Windows-1252, in which Excel and many
     * registry extracts still save CSV files on Dutch Windows computers.
     */
    static String tekst(byte[] bytes) {
        String tekst;
        try {
            tekst = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            tekst = new String(bytes, Charset.forName("windows-1252"));
        }
        return tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
    }

    @Override
    public Formulier formulier() {
        if (formulier == null) {
            Map<String, List<String>> waarden = new LinkedHashMap<>();
            request.getParameterMap().forEach((k, v) -> waarden.put(k, Arrays.asList(v)));
            waarden.remove(Voorkant.CSRF_VELD);
            formulier = new Formulier(waarden);
        }
        return formulier;
    }

    @Override
    public String adres() {
        String query = request.getQueryString();
        return Voorkant.pad(request) + (query == null ? "" : "?" + query);
    }

    @Override
    public String basisadres() {
        int poort = request.getServerPort();
        boolean standaard = poort < 0 || "http".equals(request.getScheme()) && poort == 80
                || "https".equals(request.getScheme()) && poort == 443;
        return request.getScheme() + "://" + request.getServerName() + (standaard ? "" : ":" + poort);
    }

    @Override
    public String clientadres() {
        return request.getRemoteAddr();
    }

    @Override
    public Optional<Gebruiker> gebruiker() {
        return sessie == null ? Optional.empty() : sessie.gebruiker();
    }

    @Override
    public Gebruiker aangemeldeGebruiker() {
        return gebruiker().orElseThrow(AanmeldenNodig::new);
    }

    @Override
    public void meldAan(Gebruiker gebruiker) {
        if (sessie != null) {
            sessies.beeindig(sessie.id());
        }
        sessie = sessies.begin(gebruiker);
        cookieGewijzigd = true;
    }

    @Override
    public void meldAf() {
        if (sessie != null) {
            sessies.beeindig(sessie.id());
            sessie = null;
            cookieGewijzigd = true;
        }
    }

    /** The CSRF token for a form on the page: begins an anonymous session if there is none. */
    String csrf() {
        if (sessie == null) {
            sessie = sessies.begin(null);
            cookieGewijzigd = true;
        }
        return sessie.csrf();
    }

    Optional<Sessie> sessie() {
        return Optional.ofNullable(sessie);
    }

    /** A digest of the session's id: the id itself is the cookie, which a page never needs to see. */
    @Override
    public Optional<String> sessiebinding() {
        return sessie().map(s -> {
            try {
                return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                        .digest(("sessiebinding:" + s.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        });
    }

    boolean cookieGewijzigd() {
        return cookieGewijzigd;
    }

    /** The browser sent a session cookie that named no live session: it ended (expired or signed out elsewhere). */
    boolean sessieCookieVerlopen() {
        return sessieCookieVerlopen;
    }

    HttpServletRequest request() {
        return request;
    }
}
