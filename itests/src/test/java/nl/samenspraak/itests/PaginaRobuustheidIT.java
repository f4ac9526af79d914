package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.Test;
import org.osgi.framework.ServiceReference;

/**
 * Issue 15, point 9, for the pages: every page path the platform registers (read from the service registry, so a
 * new page joins by itself) gets a POST from a signed-in resident and a signed-in civil servant without a CSRF
 * token (403, "Formulier niet geaccepteerd"), with the token and bad input in every field the forms know (never a
 * 5xx, always an HTML page), and under another gemeente's path with this gemeente's ids (never a 2xx or 303 that
 * would mean it was accepted). The gemeenten's data read back through the API is the same afterwards.
 */
public class PaginaRobuustheidIT extends SamenspraakTestSupport {

    private static final String GM = "GM0222";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /** A value no form accepts, for every field the platform's forms have. */
    private static final Map<String, String> SLECHT = slecht();

    @Test
    public void everyPageFormRefusesAMissingTokenBadInputAndAnotherGemeentesIdsCleanly() throws Exception {
        LocalDate vandaag = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
        String aanvraag = json(post("/gemeenten/" + GM + "/subsidieaanvragen", INWONER, "{\"regeling\":\"bewonersinitiatief\","
                + "\"titel\":\"Robuust feest\",\"omschrijving\":\"Voor de straat\",\"activiteitOp\":\"" + vandaag.plusWeeks(10)
                + "\",\"gevraagd\":\"300.00\",\"schaal\":\"straat\",\"leeftijdAanvrager\":40,\"kenmerken\":[\"openbaar_toegankelijk\"]}"))
                .path("id").asText();
        json(post("/gemeenten/" + GM + "/subsidieaanvragen/" + aanvraag + "/aanvullingsverzoek", AMBTENAAR,
                "{\"toelichting\":\"Graag een begroting\"}"));
        String inspraak = json(post("/gemeenten/" + GM + "/inspraak", AMBTENAAR, "{\"titel\":\"Robuust ontwerp\","
                + "\"omschrijving\":\"Ontwerpnota\",\"besluitsoort\":\"beleidsnota\",\"onderwerp\":\"overig\",\"terInzageVanaf\":\""
                + vandaag + "\"}")).path("id").asText();
        String budget = json(post("/gemeenten/" + GM + "/budgetten", AMBTENAAR, "{\"naam\":\"Robuuste pagina's\",\"wijk\":\"WK022291\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"5000.00\"}")).path("id").asText();
        String ronde = json(post("/gemeenten/" + GM + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"Robuuste ronde\",\"wijk\":\"WK022291\","
                + "\"bedrag\":\"1000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\",\"planning\":{\"stemmen\":\""
                + vandaag.plusDays(30) + "\"}}")).path("id").asText();
        assertTrue(aanvraag + " " + inspraak + " " + budget + " " + ronde,
                !aanvraag.isEmpty() && !inspraak.isEmpty() && !budget.isEmpty() && !ronde.isEmpty());
        Map<String, String> ids = Map.of("aanvraag", aanvraag, "inspraak", inspraak, "budget", budget, "ronde", ronde);
        Map<String, String> voor = stand(ids);

        TreeSet<String> paden = new TreeSet<>();
        for (ServiceReference<?> pagina : bundleContext.getServiceReferences((String) null, "(pagina.pad=*)")) {
            Object pad = pagina.getProperty("pagina.pad");
            if (pad instanceof String[] meer) {
                paden.addAll(List.of(meer));
            } else {
                paden.add(String.valueOf(pad));
            }
        }
        assertTrue("the pages are registered: " + paden, paden.size() > 30);

        List<String> zonderToken = new ArrayList<>();
        List<String> vijfhonderd = new ArrayList<>();
        List<String> geenPagina = new ArrayList<>();
        List<String> aanvaard = new ArrayList<>();
        int verzoeken = 0;
        for (String gebruiker : List.of(INWONER, AMBTENAAR)) {
            Sessie sessie = new Sessie(gebruiker);
            for (String pad : paden) {
                String hier = invullen(pad, GM, ids);
                HttpResponse<String> geenToken = sessie.post(hier, SLECHT, false);
                verzoeken++;
                if (geenToken.statusCode() != 403 || !geenToken.body().contains("Formulier niet geaccepteerd")) {
                    zonderToken.add(gebruiker + " " + hier + " -> " + geenToken.statusCode());
                }
                for (String waar : List.of(hier, invullen(pad, "GM0518", ids))) {
                    HttpResponse<String> antwoord = sessie.post(waar, SLECHT, true);
                    verzoeken++;
                    String wat = gebruiker + " POST " + waar + " -> " + antwoord.statusCode();
                    if (antwoord.statusCode() >= 500) {
                        vijfhonderd.add(wat);
                    }
                    if (!antwoord.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                            && antwoord.statusCode() != 303) {
                        geenPagina.add(wat + " " + antwoord.headers().firstValue("Content-Type").orElse("no Content-Type"));
                    }
                    // bad input is never taken: an answer that moves on (303) or succeeds is only right where the
                    // page has nothing to store (signing out, and a sign-in page sending a signed-in user on)
                    if ((antwoord.statusCode() < 300 || antwoord.statusCode() == 303) && !pad.equals("/uitloggen")
                            && antwoord.statusCode() != 200) {
                        aanvaard.add(wat + " " + antwoord.headers().firstValue("Location").orElse(""));
                    }
                    if (pad.equals("/uitloggen")) {
                        sessie = new Sessie(gebruiker);
                    }
                }
            }
        }
        Map<String, String> na = stand(ids);
        List<String> opgeslagen = voor.keySet().stream().filter(k -> !voor.get(k).equals(na.get(k))).toList();
        String telling = "page robustness: " + paden.size() + " page paths, " + verzoeken + " POSTs, " + zonderToken.size()
                + " taken without a CSRF token, " + vijfhonderd.size() + " 5xx, " + geenPagina.size() + " answers that are no page, "
                + aanvaard.size() + " bad forms accepted, " + opgeslagen.size() + " resources changed";
        System.out.println(telling);
        assertEquals(telling, List.of(), zonderToken);
        assertEquals(telling, List.of(), vijfhonderd);
        assertEquals(telling, List.of(), geenPagina);
        assertEquals(telling, List.of(), aanvaard);
        assertEquals(telling, List.of(), opgeslagen);
    }

    /** The path with its gemeente and, for each placeholder, the id of a thing of that kind (or none). */
    private static String invullen(String pad, String gemeente, Map<String, String> ids) {
        String ingevuld = pad.replace("{gemeente}", gemeente).replace("{ronde}", ids.get("ronde"));
        if (ingevuld.contains("aanvragen/{id}")) {
            ingevuld = ingevuld.replace("{id}", ids.get("aanvraag"));
        } else if (ingevuld.contains("initiatieven/{id}") || ingevuld.contains("inspraak/{id}")) {
            ingevuld = ingevuld.replace("{id}", ids.get("inspraak"));
        } else if (ingevuld.contains("rondes/{id}")) {
            ingevuld = ingevuld.replace("{id}", ids.get("ronde"));
        } else if (ingevuld.contains("budgetten/{id}")) {
            ingevuld = ingevuld.replace("{id}", ids.get("budget"));
        }
        return ingevuld.replaceAll("\\{[^}]+}", "onbekend-" + Long.toHexString(pad.hashCode()));
    }

    private Map<String, String> stand(Map<String, String> ids) {
        Map<String, String> stand = new LinkedHashMap<>();
        for (String pad : List.of("/initiatieven", "/subsidieaanvragen/" + ids.get("aanvraag"), "/inspraak/" + ids.get("inspraak")
                + "/zienswijzen", "/budgetten", "/budgetten/" + ids.get("budget") + "/boekingen", "/wijkbudgetten",
                "/wijkbudgetten/" + ids.get("ronde"), "/wijkbudgetten/" + ids.get("ronde") + "/plannen",
                "/participatietrajecten")) {
            HttpResponse<String> antwoord = get("/gemeenten/" + GM + pad, AMBTENAAR, "demo");
            stand.put(GM + pad, antwoord.statusCode() + " " + antwoord.body());
        }
        for (String pad : List.of("/initiatieven", "/budgetten", "/wijkbudgetten")) {
            stand.put("GM0518" + pad, get("/gemeenten/GM0518" + pad, "ambtenaar-denhaag", "demo").body());
        }
        return stand;
    }

    private static Map<String, String> slecht() {
        Map<String, String> velden = new LinkedHashMap<>();
        for (String leeg : List.of("titel", "omschrijving", "inhoud", "toelichting", "tekst", "taak", "naam", "motivering")) {
            velden.put(leeg, "");
        }
        velden.put("gevraagd", "-5");
        velden.put("bedrag", "1,2,3");
        velden.put("plafond", "veel");
        velden.put("activiteitOp", "0000-01-01");
        velden.put("terInzageVanaf", "gisteren");
        velden.put("van", "31-31-2031");
        velden.put("tot", "+100000-01-01");
        velden.put("schaal", "PLANEET");
        velden.put("wijk", "WK999999");
        velden.put("leeftijd", "1.5");
        velden.put("ondersteuners", "veertig");
        velden.put("kenmerken", "ONBEKEND");
        velden.put("ingezetene", "misschien");
        velden.put("belanghebbende", "misschien");
        velden.put("stemcode", "' OR 1=1 --");
        velden.put("plannen", "niet-een-plan");
        velden.put("plan", "niet-een-plan");
        velden.put("actie", "vernietig");
        velden.put("uitkomst", "alles");
        velden.put("aantal", "-1");
        velden.put("fase", "nergens");
        velden.put("niveau", "plafond");
        velden.put("rol", "koning");
        velden.put("frequentie", "elk-uur");
        velden.put("adres", "geen-adres");
        velden.put("gebruikersnaam", "");
        velden.put("wachtwoord", "");
        velden.put("terug", "https://elders.example/");
        return velden;
    }

    /** A signed-in user's forms over plain HTTP, with the session cookie, and the CSRF token or without it. */
    private final class Sessie {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final String csrf;

        Sessie(String gebruiker) {
            Map<String, String> inloggen = new LinkedHashMap<>();
            inloggen.put("csrf", token(haal("/inloggen").body()));
            inloggen.put("gebruikersnaam", gebruiker);
            inloggen.put("wachtwoord", "demo");
            assertEquals("signed in as " + gebruiker, 303, stuur("/inloggen", inloggen).statusCode());
            csrf = token(haal("/privacy").body());
        }

        HttpResponse<String> post(String pad, Map<String, String> velden, boolean metToken) {
            Map<String, String> alle = new LinkedHashMap<>(velden);
            if (metToken) {
                alle.put("csrf", csrf);
            }
            return stuur(pad, alle);
        }

        private HttpResponse<String> haal(String pad) {
            return verstuur(HttpRequest.newBuilder(adres(pad)).GET());
        }

        private HttpResponse<String> stuur(String pad, Map<String, String> velden) {
            String body = velden.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return verstuur(HttpRequest.newBuilder(adres(pad)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> verstuur(HttpRequest.Builder verzoek) {
            try {
                return client.send(verzoek.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private URI adres(String pad) {
            return URI.create("http://localhost:" + System.getProperty("samenspraak.itest.http.port") + pad);
        }

        private String token(String html) {
            Matcher matcher = CSRF.matcher(html);
            assertTrue("no CSRF token in the page", matcher.find());
            return matcher.group(1);
        }
    }
}
