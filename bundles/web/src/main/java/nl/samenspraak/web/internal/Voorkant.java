package nl.samenspraak.web.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.servlet.DispatcherType;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletErrorPage;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.gemeente.Huisstijl;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.websessie.Websessies;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;

/**
 * The one servlet behind every page (the default servlet {@code /} of the whiteboard; the API keeps
 * {@code /api/*} and the style sheets {@code /static/*}): finds the {@link Pagina} whose path template matches,
 * resolves {@code {gemeente}}, checks the CSRF token of every POST, lets the page answer and renders it in the
 * gemeente's layout. Whatever goes wrong becomes a page in Dutch with the right status, never a container's
 * error page or a stack trace.
 */
@Component(service = Servlet.class, configurationPid = "nl.samenspraak.web")
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletErrorPage(errorPage = { "4xx", "5xx" })
// files come only with the werkplek's forms (residents for voting codes, paper ballots), at most 10 MB as bundles/http allows
@HttpWhiteboardServletMultipart(enabled = true, fileSizeThreshold = 1024 * 1024, maxFileSize = 10L * 1024 * 1024,
        maxRequestSize = 10L * 1024 * 1024 + 64 * 1024)
@Designate(ocd = Voorkant.Config.class)
public class Voorkant extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(Voorkant.class);

    static final String CSRF_VELD = "csrf";
    static final String SESSIE_COOKIE = "samenspraak-sessie";

    @ObjectClassDefinition(name = "Samenspraak pagina's", description = "Sessies van de pagina's voor inwoners")
    @interface Config {
        @AttributeDefinition(description = "Minuten zonder verzoek waarna een sessie eindigt")
        int sessie_inactief_minuten() default 30;

        @AttributeDefinition(description = "Uren waarna een sessie hoe dan ook eindigt")
        int sessie_maximaal_uren() default 12;

        @AttributeDefinition(description = "Cookie altijd met Secure, ook als de server zelf HTTP spreekt "
                + "(achter een proxy die HTTPS afhandelt)")
        boolean cookie_secure() default false;
    }

    private record Geregistreerd(Route route, Pagina pagina, Bundle bundel, int ranking, long id) {
    }

    private final List<Geregistreerd> paginas = new CopyOnWriteArrayList<>();
    private transient volatile Sessies sessies;
    private transient volatile boolean altijdSecure;
    private transient Weergave weergave;
    private final transient Opmaak opmaak = new Opmaak();

    @Reference
    private transient GemeenteRegistry gemeenten;

    @Reference
    private transient Websessies websessies;

    @Activate
    void activate(Config config) {
        weergave = new Weergave(Voorkant.class.getClassLoader());
        configure(config);
    }

    @Modified
    void configure(Config config) {
        sessies = new Sessies(websessies, Duration.ofMinutes(Math.max(1, config.sessie_inactief_minuten())),
                Duration.ofHours(Math.max(1, config.sessie_maximaal_uren())), Clock.systemUTC());
        altijdSecure = config.cookie_secure();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPagina(ServiceReference<Pagina> reference, Pagina pagina) {
        Object pad = reference.getProperty(Pagina.PAD);
        if (!(pad instanceof String template)) {
            LOG.error("Pagina {} of bundle {} has no {} property; it is not served", pagina.getClass().getName(),
                    reference.getBundle().getSymbolicName(), Pagina.PAD);
            return;
        }
        Object ranking = reference.getProperty("service.ranking");
        paginas.add(new Geregistreerd(new Route(template), pagina, reference.getBundle(),
                ranking instanceof Integer r ? r : 0, (Long) reference.getProperty("service.id")));
    }

    void removePagina(ServiceReference<Pagina> reference, Pagina pagina) {
        paginas.removeIf(g -> g.pagina() == pagina);
        if (weergave != null && reference.getBundle() != null) {
            weergave.vergeet(reference.getBundle());
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        beveiligingskoppen(response);
        String pad = pad(request);
        Optional<Sessie> sessie = sessies.vind(cookie(request));
        boolean verlopen = cookie(request) != null && sessie.isEmpty();

        Optional<Gemeente> gemeenteVanPad = gemeenteUitPad(pad);
        HttpVerzoek verzoek = new HttpVerzoek(request, sessies, Map.of(), gemeenteVanPad.orElse(null),
                sessie.orElse(null), verlopen);
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the container's own errors (a missing style sheet, a malformed request) also get a page in Dutch
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int code = status instanceof Integer i ? i : 500;
            foutpagina(verzoek, response, code == 404 ? PaginaFout.nietGevonden("Deze pagina bestaat niet (meer).")
                    : code < 500 ? new PaginaFout(code, "Dit verzoek kunnen we niet verwerken",
                            "Het adres of het formulier klopt niet.", "Ga terug en probeer het opnieuw.")
                            : Storingen.onverwacht());
            return;
        }
        try {
            if (pad.length() > 1 && pad.endsWith("/")) {
                stuurDoor(verzoek, response, pad.replaceAll("/+$", ""), 301);
                return;
            }
            Match match = zoek(pad).orElseThrow(() -> PaginaFout.nietGevonden("Deze pagina bestaat niet (meer)."));
            Gemeente gemeente = null;
            String code = match.parameters().get("gemeente");
            if (code != null) {
                gemeente = gemeenten.find(code).orElseThrow(() -> PaginaFout.nietGevonden(
                        "Op dit platform doet geen gemeente met code " + code + " mee."));
            }
            verzoek = new HttpVerzoek(request, sessies, match.parameters(), gemeente, sessie.orElse(null), verlopen);
            Antwoord antwoord = switch (request.getMethod()) {
                case "GET", "HEAD" -> match.pagina().pagina().get(verzoek);
                case "POST" -> {
                    controleerCsrf(verzoek);
                    yield match.pagina().pagina().post(verzoek);
                }
                default -> throw PaginaFout.methodeNietToegestaan();
            };
            schrijf(verzoek, response, match.pagina().bundel(), antwoord);
        } catch (AanmeldenNodig e) {
            String naar = "/inloggen?terug=" + URLEncoder.encode(verzoek.adres(), StandardCharsets.UTF_8)
                    + (verzoek.sessieCookieVerlopen() ? "&verlopen=ja" : "");
            stuurDoor(verzoek, response, naar, 303);
        } catch (PaginaFout e) {
            foutpagina(verzoek, response, e);
        } catch (RuntimeException e) {
            PaginaFout vertaald = Storingen.vertaal(e);
            if (vertaald.status() >= 500 && vertaald.status() != 503) {
                LOG.error("Page {} {} failed", request.getMethod(), pad, e);
            } else if (vertaald.status() == 503) {
                LOG.warn("Page {} {}: {}", request.getMethod(), pad, e.getMessage());
            }
            foutpagina(verzoek, response, vertaald);
        }
    }

    private record Match(Geregistreerd pagina, Map<String, String> parameters) {
    }

    private Optional<Match> zoek(String pad) {
        return paginas.stream()
                .map(g -> g.route().match(pad).map(p -> new Match(g, p)))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing((Match m) -> m.pagina().route(), Route.SPECIFIEKSTE_EERST)
                        .thenComparing(m -> -m.pagina().ranking())
                        .thenComparing(m -> m.pagina().id()))
                .findFirst();
    }

    /** The gemeente of a path below /gemeenten/{code}, for the look of an error page before any page matched. */
    private Optional<Gemeente> gemeenteUitPad(String pad) {
        if (!pad.startsWith("/gemeenten/")) {
            return Optional.empty();
        }
        String rest = pad.substring("/gemeenten/".length());
        int slash = rest.indexOf('/');
        return gemeenten.find(slash < 0 ? rest : rest.substring(0, slash));
    }

    private void controleerCsrf(HttpVerzoek verzoek) {
        Optional<Sessie> sessie = verzoek.sessie();
        if (sessie.isEmpty()) {
            throw new PaginaFout(403, "Uw sessie is verlopen",
                    "U was te lang niet actief, of u bent afgemeld. Daarom hebben we het formulier niet verwerkt. "
                            + "Er is niets opgeslagen.",
                    "Ga terug naar het formulier, laad de pagina opnieuw en verstuur het nog een keer.");
        }
        if (!Sessies.zelfdeToken(sessie.get(), verzoek.request().getParameter(CSRF_VELD))) {
            throw new PaginaFout(403, "Formulier niet geaccepteerd",
                    "Het formulier kwam niet van deze pagina, of het was te oud. Er is niets opgeslagen.",
                    "Ga terug naar het formulier, laad de pagina opnieuw en verstuur het nog een keer.");
        }
    }

    private void schrijf(HttpVerzoek verzoek, HttpServletResponse response, Bundle bundel, Antwoord antwoord)
            throws IOException {
        if (antwoord.doorsturenNaar().isPresent()) {
            stuurDoor(verzoek, response, antwoord.doorsturenNaar().get(), 303);
            return;
        }
        Optional<Antwoord.Bestand> teDownloaden = antwoord.bestand();
        if (antwoord.pdfNaam().isPresent()) {
            Map<String, Object> model = basismodel(verzoek, antwoord.titel());
            model.putAll(antwoord.model());
            try {
                teDownloaden = Optional.of(new Antwoord.Bestand("application/pdf", antwoord.pdfNaam().get(),
                        Pdfweergave.pdf(weergave.render(bundel, antwoord.sjabloon(), model))));
            } catch (Exception e) {
                LOG.error("PDF of template {} of {} failed", antwoord.sjabloon(), bundel.getSymbolicName(), e);
                foutpagina(verzoek, response, Storingen.onverwacht());
                return;
            }
        }
        if (teDownloaden.isPresent()) {
            Antwoord.Bestand bestand = teDownloaden.get();
            cookie(verzoek, response);
            response.setStatus(antwoord.status());
            response.setContentType(bestand.mediatype());
            response.setHeader("Content-Disposition", "attachment; filename=\"" + bestand.naam() + "\"");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(bestand.inhoud().length);
            if (!"HEAD".equals(verzoek.request().getMethod())) {
                response.getOutputStream().write(bestand.inhoud());
            }
            return;
        }
        Map<String, Object> model = basismodel(verzoek, antwoord.titel());
        model.putAll(antwoord.model());
        String html;
        try {
            html = weergave.render(bundel, antwoord.sjabloon(), model);
        } catch (Exception e) {
            LOG.error("Template {} of {} failed", antwoord.sjabloon(), bundel.getSymbolicName(), e);
            foutpagina(verzoek, response, Storingen.onverwacht());
            return;
        }
        verstuur(verzoek, response, antwoord.status(), html);
    }

    private void foutpagina(HttpVerzoek verzoek, HttpServletResponse response, PaginaFout fout) throws IOException {
        Map<String, Object> model = basismodel(verzoek, fout.titel());
        model.put("fout", fout);
        String html;
        try {
            html = weergave.render(null, "fout.ftlh", model);
        } catch (Exception e) {
            LOG.error("The error page itself failed", e);
            html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Storing</title></head>"
                    + "<body><main><h1>Er ging iets mis</h1><p>Probeer het later opnieuw.</p></main></body></html>";
        }
        if (fout.status() == 405) {
            response.setHeader("Allow", "GET, HEAD, POST");
        }
        verstuur(verzoek, response, fout.status(), html);
    }

    /** What every template may use: the page title, gemeente and its look, who is signed in, the CSRF token. */
    private Map<String, Object> basismodel(HttpVerzoek verzoek, String titel) {
        Map<String, Object> model = new HashMap<>();
        model.put("titel", titel);
        verzoek.gemeente().ifPresent(g -> model.put("gemeente", g));
        model.put("huisstijl", verzoek.gemeente().map(Gemeente::huisstijl).orElse(Huisstijl.STANDAARD));
        verzoek.gebruiker().ifPresent(g -> model.put("gebruiker", g));
        // the header offers the werkplek to the gemeente's own civil servants
        model.put("ambtenaar", verzoek.gebruiker().flatMap(g -> verzoek.gemeente().map(gm -> g.heeft(Rol.AMBTENAAR, gm.code())))
                .orElse(false));
        model.put("csrf", new Object() {
            @Override
            public String toString() {
                return verzoek.csrf();
            }
        });
        model.put("adres", verzoek.adres());
        model.put("fmt", opmaak);
        return model;
    }

    private void verstuur(HttpVerzoek verzoek, HttpServletResponse response, int status, String html)
            throws IOException {
        cookie(verzoek, response);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (verzoek.gemeente().isPresent()) {
            response.setHeader("Content-Security-Policy", inhoudsbeleid(verzoek.gemeente().get().huisstijl()));
        }
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(verzoek.request().getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }

    private void stuurDoor(HttpVerzoek verzoek, HttpServletResponse response, String naar, int status) {
        cookie(verzoek, response);
        response.setStatus(status);
        response.setHeader("Location", naar);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(0);
    }

    /** Sets or clears the session cookie when this request began or ended a session. */
    private void cookie(HttpVerzoek verzoek, HttpServletResponse response) {
        if (!verzoek.cookieGewijzigd() && !verzoek.sessieCookieVerlopen()) {
            return;
        }
        boolean secure = altijdSecure || verzoek.request().isSecure();
        String waarde = verzoek.sessie().map(Sessie::id).orElse("");
        // written by hand: the Servlet 4 Cookie class cannot say SameSite
        response.addHeader("Set-Cookie", SESSIE_COOKIE + "=" + waarde + "; Path=/; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "") + (waarde.isEmpty() ? "; Max-Age=0" : ""));
    }

    private static void beveiligingskoppen(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", inhoudsbeleid(Huisstijl.STANDAARD));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
    }

    /** Only this server's own resources, plus the gemeente's style sheet and logo hosts. */
    static String inhoudsbeleid(Huisstijl huisstijl) {
        Set<String> stijl = new LinkedHashSet<>(List.of("'self'"));
        Set<String> beeld = new LinkedHashSet<>(List.of("'self'", "data:"));
        huisstijl.css().flatMap(Voorkant::herkomst).ifPresent(stijl::add);
        huisstijl.logo().flatMap(Voorkant::herkomst).ifPresent(beeld::add);
        return "default-src 'self'; script-src 'self'; style-src " + String.join(" ", stijl) + "; img-src "
                + String.join(" ", beeld) + "; font-src 'self' " + huisstijl.css().flatMap(Voorkant::herkomst).orElse("")
                + "; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    private static Optional<String> herkomst(String adres) {
        if (!adres.startsWith("https://")) {
            return Optional.empty();
        }
        URI uri = URI.create(adres);
        return Optional.of("https://" + uri.getRawAuthority());
    }

    static String pad(HttpServletRequest request) {
        String servletPath = request.getServletPath();
        String pathInfo = request.getPathInfo();
        String pad = (servletPath == null ? "" : servletPath) + (pathInfo == null ? "" : pathInfo);
        return pad.isEmpty() ? "/" : pad;
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSIE_COOKIE.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }
}
