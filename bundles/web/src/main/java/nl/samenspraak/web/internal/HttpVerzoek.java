package nl.samenspraak.web.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.web.pagina.Formulier;
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
