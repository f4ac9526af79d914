package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The wall between gemeenten, as a matrix: every endpoint under {@code /gemeenten/{code}/...} (read from the
 * OpenAPI document, so a new endpoint without a case fails this test) is called, with every method, by the
 * civil servant and the resident of every other gemeente: once with the victim's gemeente code in the path,
 * once with their own code and the victim's ids. A request that needs a role the caller lacks for the
 * gemeente in the path answers 403; an id of another gemeente, or a personal resource of someone else, is not
 * found (404); public resources (participatietrajecten, inspraak, the gemeente and its rules) answer 200 to
 * anyone. Nothing is ever 2xx otherwise, no private content of the victim (marked {@code GEHEIM-<code>})
 * ever appears in an answer, and the victim's data, read by its own civil servant, is identical before and
 * after.
 * <p>
 * Three gemeenten stand on both sides of the wall: GM0222 (model rules, demo), GM0518 (no rules bundle: only
 * budgets and trajecten can exist there, applications answer 503) and GM0599, a test gemeente that adopts
 * the model rules, added at runtime with a configuration file like a hosting provider would. The demo realm
 * is fixed, so the extra users (GM0599's and a second Doetinchem resident) are added to Karaf's own
 * {@code etc/users.properties}, the realm a hosting provider uses.
 */
public class TenantMatrixIT extends SamenspraakTestSupport {

    private static final Duration WITHIN = Duration.ofSeconds(60);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final String WACHTWOORD = "demo";

    /** A gemeente on the platform with its civil servant and resident. */
    record Gemeente(String code, String ambtenaar, String inwoner, boolean regels, String wijk) {
        String geheim() {
            return "GEHEIM-" + code;
        }
    }

    static final Gemeente DOETINCHEM = new Gemeente("GM0222", "ambtenaar-doetinchem", "inwoner-doetinchem", true, "WK022291");
    static final Gemeente DENHAAG = new Gemeente("GM0518", "ambtenaar-denhaag", "inwoner-denhaag", false, "WK051836");
    static final Gemeente ROTTERDAM = new Gemeente("GM0599", "ambtenaar-rotterdam", "inwoner-rotterdam", true, "WK059901");
    static final List<Gemeente> GEMEENTEN = List.of(DOETINCHEM, DENHAAG, ROTTERDAM);
    /** A second resident of Doetinchem, who must not see or touch inwoner-doetinchem's applications. */
    static final String TWEEDE_INWONER = "inwoner2-doetinchem";

    /** What a gemeente holds: its budget, ledger entries and initiatives by key. */
    static final class Gegevens {
        String budget;
        final Map<String, Doel> doelen = new LinkedHashMap<>();
        String zienswijzeOpen;
        String zienswijzeGesloten;
        /** Wijkbudget rounds by key (ronde-indienen, ronde-toets, ronde-stemmen), each with one plan. */
        final Map<String, String> rondes = new LinkedHashMap<>();
        final Map<String, String> plannen = new LinkedHashMap<>();
    }

    /** An initiative to aim at: its key in the setup, its id and kind. */
    record Doel(String sleutel, String id, String soort, boolean passend) {
        boolean openbaar() {
            return soort.equals("participatietraject") || soort.equals("inspraak");
        }

        Doel onpassend() {
            return new Doel(sleutel, id, soort, false);
        }
    }

    /** Created once per container (the reactor starts one container per class). */
    private static Map<String, Gegevens> gegevens;

    // ---- setup ----

    @Before
    public void maakGegevens() throws IOException {
        if (gegevens != null) {
            return;
        }
        voegGebruikersEnRotterdamToe();
        Map<String, Gegevens> alle = new LinkedHashMap<>();
        alle.put(DOETINCHEM.code(), vulMetRegels(DOETINCHEM));
        alle.put(ROTTERDAM.code(), vulMetRegels(ROTTERDAM));
        alle.put(DENHAAG.code(), vulZonderRegels(DENHAAG));
        gegevens = alle;
    }

    private void voegGebruikersEnRotterdamToe() throws IOException {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Files.writeString(etc.resolve("users.properties"), "\n" + TWEEDE_INWONER + " = " + WACHTWOORD + ", inwoner:GM0222\n"
                + ROTTERDAM.ambtenaar() + " = " + WACHTWOORD + ", ambtenaar:GM0599\n"
                + ROTTERDAM.inwoner() + " = " + WACHTWOORD + ", inwoner:GM0599\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        // a plain password does not sign in until Karaf's watcher of the file has hashed it (a slow hash since
        // issue 15); signing in before that only counts failures against the address
        awaitNothingMissing("Karaf hashes the new users' passwords", WITHIN, () -> {
            try {
                return Files.readAllLines(etc.resolve("users.properties"), StandardCharsets.UTF_8).stream()
                        .filter(r -> r.startsWith(TWEEDE_INWONER) || r.startsWith(ROTTERDAM.ambtenaar() + " ")
                                || r.startsWith(ROTTERDAM.inwoner() + " "))
                        .filter(r -> !r.contains("{CRYPT}")).findFirst().orElse("");
            } catch (IOException e) {
                return e.toString();
            }
        });
        Path tmp = Files.createTempFile(Path.of(System.getProperty("karaf.data"), "tmp"), "rotterdam", ".tmp");
        Files.writeString(tmp, "code = GM0599\nnaam = Rotterdam\nregels = model\nwijk.WK059901 = Stadscentrum\n");
        Files.move(tmp, etc.resolve("nl.samenspraak.gemeente-rotterdam.cfg"), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        awaitNothingMissing("GM0599 is served with the model rules and the extra users sign in", WITHIN, () -> {
            HttpResponse<String> regeling = get("/gemeenten/GM0599/subsidieregelingen/bewonersinitiatief");
            if (regeling.statusCode() != 200) {
                return "GM0599 regeling: " + regeling.statusCode() + " " + regeling.body();
            }
            for (Map.Entry<String, String> user : Map.of(TWEEDE_INWONER, "inwoner:GM0222", ROTTERDAM.ambtenaar(),
                    "ambtenaar:GM0599", ROTTERDAM.inwoner(), "inwoner:GM0599").entrySet()) {
                HttpResponse<String> mij = get("/mij", user.getKey(), WACHTWOORD);
                if (mij.statusCode() != 200 || !mij.body().contains(user.getValue())) {
                    return user.getKey() + ": " + mij.statusCode() + " " + mij.body();
                }
            }
            return "";
        });
    }

    /** A gemeente with rules: one of everything, each in a state where the attack would succeed if allowed. */
    private Gegevens vulMetRegels(Gemeente g) {
        Gegevens d = new Gegevens();
        String pad = "/gemeenten/" + g.code();
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        d.budget = maak(pad + "/budgetten", g.ambtenaar(), "{\"naam\":\"" + g.geheim() + " budget\",\"regeling\":\"bewonersinitiatief\","
                + "\"van\":\"" + vandaag.withDayOfYear(1) + "\",\"tot\":\"" + vandaag.withDayOfYear(1).plusYears(1).minusDays(1)
                + "\",\"plafond\":\"10000.00\"}");

        for (String staat : List.of("aangevraagd", "aanvulling", "verleend", "verantwoord")) {
            String id = maak(pad + "/subsidieaanvragen", g.inwoner(), aanvraag(g, staat));
            d.doelen.put("aanvraag-" + staat, new Doel("aanvraag-" + staat, id, "bewonersinitiatief", true));
        }
        String aanvulling = d.doelen.get("aanvraag-aanvulling").id();
        verwacht(200, post(pad + "/subsidieaanvragen/" + aanvulling + "/aanvullingsverzoek", g.ambtenaar(),
                "{\"toelichting\":\"Begroting ontbreekt\"}"));
        for (String staat : List.of("verleend", "verantwoord")) {
            String id = d.doelen.get("aanvraag-" + staat).id();
            JsonNode besluit = json(verwacht(200, post(pad + "/subsidieaanvragen/" + id + "/besluit", g.ambtenaar(), "{}")));
            assertEquals(besluit.toString(), "toegekend", besluit.get("uitkomst").asText());
        }
        String verantwoord = d.doelen.get("aanvraag-verantwoord").id();
        verwacht(200, post(pad + "/subsidieaanvragen/" + verantwoord + "/verantwoording", g.inwoner(),
                "{\"werkelijkeKosten\":\"350.00\",\"verslag\":\"" + g.geheim() + " verslag\"}"));

        d.doelen.put("uitdaagverzoek", new Doel("uitdaagverzoek", maak(pad + "/uitdaagverzoeken", g.inwoner(),
                "{\"titel\":\"" + g.geheim() + " uitdaagverzoek\",\"omschrijving\":\"" + g.geheim() + " wij doen het groen\","
                        + "\"taak\":\"Onderhoud van het groen\",\"metBudget\":false,\"ondersteuners\":12,"
                        + "\"onderbouwing\":[\"maatschappelijke_meerwaarde\"]}"), "uitdaagrecht", true));
        d.doelen.put("traject", new Doel("traject", maak(pad + "/participatietrajecten", g.ambtenaar(), traject()),
                "participatietraject", true));

        String open = maak(pad + "/inspraak", g.ambtenaar(), inspraak(vandaag));
        d.doelen.put("inspraak-open", new Doel("inspraak-open", open, "inspraak", true));
        d.zienswijzeOpen = maak(pad + "/inspraak/" + open + "/zienswijzen", g.inwoner(),
                "{\"inhoud\":\"" + g.geheim() + " zienswijze\",\"leeftijd\":40}");
        // a draft whose term has ended, with a zienswijze received on paper: ready for the reactienota
        LocalDate eerder = vandaag.minusDays(100);
        String gesloten = maak(pad + "/inspraak", g.ambtenaar(), inspraak(eerder));
        d.doelen.put("inspraak-gesloten", new Doel("inspraak-gesloten", gesloten, "inspraak", true));
        d.zienswijzeGesloten = maak(pad + "/inspraak/" + gesloten + "/zienswijzen", g.ambtenaar(),
                "{\"inhoud\":\"" + g.geheim() + " papieren zienswijze\",\"leeftijd\":50,\"ontvangenOp\":\"" + eerder.plusDays(3)
                        + "\",\"ingezetene\":true}");
        vulWijkbudgetten(g, d);
        return d;
    }

    /** Rounds in the phases where plans, checks and ballots are accepted; rounds and plans are public, so no secrets. */
    private void vulWijkbudgetten(Gemeente g, Gegevens d) {
        String pad = "/gemeenten/" + g.code() + "/wijkbudgetten";
        String budget = maak("/gemeenten/" + g.code() + "/budgetten", g.ambtenaar(), "{\"naam\":\"Wijkbudget\",\"wijk\":\""
                + g.wijk() + "\",\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"90000.00\"}");
        for (String sleutel : List.of("ronde-indienen", "ronde-toets", "ronde-stemmen")) {
            String ronde = maak(pad, g.ambtenaar(), "{\"titel\":\"" + sleutel + "\",\"wijk\":\"" + g.wijk()
                    + "\",\"bedrag\":\"30000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\"}");
            d.rondes.put(sleutel, ronde);
            d.plannen.put(sleutel, maak(pad + "/" + ronde + "/plannen", g.inwoner(),
                    "{\"titel\":\"Speeltuin\",\"omschrijving\":\"Voor de kinderen\",\"geschatteKosten\":\"9000.00\"}"));
            if (!sleutel.equals("ronde-indienen")) {
                verwacht(200, post(pad + "/" + ronde + "/fase", g.ambtenaar(), "{\"fase\":\"haalbaarheidstoets\"}"));
            }
        }
        String stemmen = pad + "/" + d.rondes.get("ronde-stemmen");
        verwacht(200, post(stemmen + "/plannen/" + d.plannen.get("ronde-stemmen") + "/haalbaarheid", g.ambtenaar(),
                "{\"haalbaar\":true,\"toelichting\":\"Kan\"}"));
        JsonNode passen = json(verwacht(200, post(stemmen + "/stempassen", g.ambtenaar(), "{\"kiezers\":[{\"kenmerk\":\"k1\","
                + "\"geboortedatum\":\"1980-01-01\",\"wijk\":\"" + g.wijk() + "\"}]}")));
        verwacht(200, post(stemmen + "/fase", g.ambtenaar(), "{\"fase\":\"stemmen\"}"));
        verwacht(201, post(stemmen + "/stemmen", g.inwoner(), "{\"stemcode\":\"" + passen.at("/uitgegeven/k1").asText()
                + "\",\"plannen\":[\"" + d.plannen.get("ronde-stemmen") + "\"]}"));
    }

    /** GM0518 has no rules bundle: budgets and trajecten exist; applications, requests and inspraak fail closed. */
    private Gegevens vulZonderRegels(Gemeente g) {
        Gegevens d = new Gegevens();
        String pad = "/gemeenten/" + g.code();
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        d.budget = maak(pad + "/budgetten", g.ambtenaar(), "{\"naam\":\"" + g.geheim() + " budget\",\"regeling\":\"bewonersinitiatief\","
                + "\"van\":\"" + vandaag.withDayOfYear(1) + "\",\"tot\":\"" + vandaag.withDayOfYear(1).plusYears(1).minusDays(1)
                + "\",\"plafond\":\"10000.00\"}");
        verwacht(201, post(pad + "/budgetten/" + d.budget + "/boekingen", g.ambtenaar(),
                "{\"soort\":\"toekenning\",\"bedrag\":\"250.00\",\"omschrijving\":\"" + g.geheim() + " toekenning\"}"));
        assertProblem(post(pad + "/subsidieaanvragen", g.inwoner(), aanvraag(g, "aangevraagd")), 503);
        assertProblem(post(pad + "/uitdaagverzoeken", g.inwoner(), "{\"titel\":\"t\",\"omschrijving\":\"o\",\"taak\":\"groen\","
                + "\"metBudget\":false,\"ondersteuners\":1}"), 503);
        assertProblem(post(pad + "/inspraak", g.ambtenaar(), inspraak(vandaag)), 503);
        d.doelen.put("traject", new Doel("traject", maak(pad + "/participatietrajecten", g.ambtenaar(), traject()),
                "participatietraject", true));
        JsonNode lijst = json(verwacht(200, get(pad + "/initiatieven", g.ambtenaar(), WACHTWOORD))).get("initiatieven");
        assertEquals("nothing but the traject is stored in GM0518: " + lijst, 1, lijst.size());
        return d;
    }

    private static String aanvraag(Gemeente g, String staat) {
        return "{\"regeling\":\"bewonersinitiatief\",\"titel\":\"" + g.geheim() + " aanvraag " + staat + "\","
                + "\"omschrijving\":\"" + g.geheim() + " buurtfeest\",\"activiteitOp\":\""
                // the one to be accounted for takes place today: a verantwoording is possible from the day of the activity
                + LocalDate.now(NEDERLAND).plusDays(staat.equals("verantwoord") ? 0 : 30)
                + "\",\"gevraagd\":\"400.00\",\"schaal\":\"buurt\",\"leeftijdAanvrager\":40,\"kenmerken\":[\"openbaar_toegankelijk\"]}";
    }

    private static String traject() {
        return "{\"titel\":\"Herinrichting Stationsplein\",\"omschrijving\":\"Samen ontwerpen\",\"niveau\":\"coproduceren\","
                + "\"beleidsterrein\":\"openbare ruimte\"}";
    }

    private static String inspraak(LocalDate vanaf) {
        return "{\"titel\":\"Ontwerp groenbeleid " + vanaf + "\",\"omschrijving\":\"Ontwerpnota\",\"besluitsoort\":\"beleidsnota\","
                + "\"onderwerp\":\"overig\",\"terInzageVanaf\":\"" + vanaf + "\"}";
    }

    // ---- the matrix ----

    enum Variant {
        /** the victim's gemeente code in the path */
        HUN_PAD,
        /** the attacker's own gemeente code in the path, with the victim's ids */
        EIGEN_PAD
    }

    /** One attack situation: who attacks whom, and which gemeente code the path carries. */
    record Ctx(Gemeente slachtoffer, Gegevens data, Gemeente aanvaller, boolean ambtenaar, Variant variant) {
        String user() {
            return ambtenaar ? aanvaller.ambtenaar() : aanvaller.inwoner();
        }

        String code() {
            return variant == Variant.HUN_PAD ? slachtoffer.code() : aanvaller.code();
        }

        boolean eigen() {
            return variant == Variant.EIGEN_PAD;
        }

        /** The victim's initiatives with these keys; where it has none of them, every initiative it has, as a misfit. */
        List<Doel> doelen(String... sleutels) {
            List<Doel> gevonden = new ArrayList<>();
            for (String s : sleutels) {
                if (data.doelen.containsKey(s)) {
                    gevonden.add(data.doelen.get(s));
                }
            }
            return gevonden.isEmpty() ? data.doelen.values().stream().map(Doel::onpassend).toList() : gevonden;
        }

        List<Doel> alle() {
            return List.copyOf(data.doelen.values());
        }

        /** The victim's round with this key; where it has none, its initiatives' ids as misfits. */
        List<Ronde> rondes(String sleutel) {
            if (data.rondes.containsKey(sleutel)) {
                return List.of(new Ronde(data.rondes.get(sleutel), data.plannen.get(sleutel), true));
            }
            return data.doelen.values().stream().map(d -> new Ronde(d.id(), d.id(), false)).toList();
        }

        /** 403 where the caller lacks the ambtenaar role for the path's gemeente, else 404 (the id is not there). */
        Verwachting alleenAmbtenaar() {
            return !eigen() || !ambtenaar ? Verwachting.status(403) : Verwachting.status(404);
        }
    }

    /** What an attack must answer. */
    interface Verwachting {
        /** @return empty when the answer is as it should be, else what is wrong */
        String toets(HttpResponse<String> antwoord);

        static Verwachting status(int status) {
            return a -> a.statusCode() == status ? "" : "expected " + status;
        }

        /** Public: anyone reads it. */
        static Verwachting openbaar() {
            return status(200);
        }

        /** 200 with an empty list in {@code veld}: the caller may ask, and has nothing of their own there. */
        static Verwachting leeg(String veld) {
            return a -> a.statusCode() == 200 && json(a).path(veld).isArray() && json(a).path(veld).isEmpty() ? ""
                    : "expected 200 with an empty " + veld;
        }
    }

    record Poging(String method, String pad, String body, Verwachting verwachting, String contentType) {
        Poging(String method, String pad, String body, Verwachting verwachting) {
            this(method, pad, body, verwachting, "application/json");
        }
    }

    /** One endpoint and method: the attacks on it in a situation (none where the variant does not apply). */
    interface Geval extends Function<Ctx, List<Poging>> {
    }

    /**
     * Every endpoint and method under {@code /gemeenten/{code}}. Keys are "METHOD template" as in the OpenAPI
     * document; {@link #matrixCoversEveryEndpointOfTheOpenApiDocument} fails when one is missing.
     */
    static Map<String, Geval> gevallen() {
        Map<String, Geval> m = new TreeMap<>();
        String g = "/gemeenten/{code}";

        // the gemeente and its rules: public; no stored data of the gemeente, no ids to misuse
        m.put("GET " + g, c -> c.eigen() ? List.of() : List.of(new Poging("GET", pad(c), null, Verwachting.openbaar())));
        m.put("GET " + g + "/regels", c -> c.eigen() ? List.of()
                : List.of(new Poging("GET", pad(c) + "/regels", null, Verwachting.openbaar())));
        m.put("GET " + g + "/registratie", c -> c.eigen() ? List.of()
                : List.of(new Poging("GET", pad(c) + "/registratie", null, Verwachting.status(403))));
        m.put("GET " + g + "/subsidieregelingen/{regeling}", c -> c.eigen() ? List.of()
                : List.of(new Poging("GET", pad(c) + "/subsidieregelingen/bewonersinitiatief", null,
                        Verwachting.status(c.slachtoffer().regels() ? 200 : 503))));
        m.put("POST " + g + "/subsidieregelingen/{regeling}/beoordelingen", c -> c.eigen() ? List.of()
                : List.of(new Poging("POST", pad(c) + "/subsidieregelingen/bewonersinitiatief/beoordelingen",
                        "{\"activiteitOp\":\"" + LocalDate.now(NEDERLAND).plusDays(30) + "\",\"gevraagd\":\"100.00\","
                                + "\"schaal\":\"straat\",\"leeftijdAanvrager\":30,\"kenmerken\":[\"openbaar_toegankelijk\"]}",
                        Verwachting.status(c.slachtoffer().regels() ? 200 : 503))));

        // budgets: civil servants of the gemeente only
        m.put("GET " + g + "/budgetten", c -> List.of(new Poging("GET", pad(c) + "/budgetten", null,
                c.eigen() ? (c.ambtenaar() ? Verwachting.status(200) : Verwachting.status(403)) : Verwachting.status(403))));
        m.put("POST " + g + "/budgetten", c -> c.eigen() ? List.of()
                : List.of(new Poging("POST", pad(c) + "/budgetten", "{\"naam\":\"Indringer\",\"van\":\"2026-01-01\","
                        + "\"tot\":\"2026-12-31\",\"plafond\":\"1.00\"}", Verwachting.status(403))));
        m.put("GET " + g + "/budgetten/{id}", c -> List.of(new Poging("GET", pad(c) + "/budgetten/" + c.data().budget, null,
                c.alleenAmbtenaar())));
        m.put("GET " + g + "/budgetten/{id}/boekingen", c -> List.of(new Poging("GET",
                pad(c) + "/budgetten/" + c.data().budget + "/boekingen", null, c.alleenAmbtenaar())));
        m.put("POST " + g + "/budgetten/{id}/boekingen", c -> List.of(new Poging("POST",
                pad(c) + "/budgetten/" + c.data().budget + "/boekingen",
                "{\"soort\":\"toekenning\",\"bedrag\":\"1.00\",\"omschrijving\":\"Indringer\"}", c.alleenAmbtenaar())));
        m.put("GET " + g + "/budgetten/{id}/boekingen/{volgnummer}", c -> List.of(new Poging("GET",
                pad(c) + "/budgetten/" + c.data().budget + "/boekingen/1", null, c.alleenAmbtenaar())));

        // every initiative: trajecten and inspraak are public, applications and requests personal
        m.put("GET " + g + "/initiatieven", c -> List.of(new Poging("GET", pad(c) + "/initiatieven", null,
                alleenOpenbareInitiatieven(c))));
        for (String sub : List.of("", "/overgangen", "/besluiten")) {
            m.put("GET " + g + "/initiatieven/{id}" + sub, c -> c.alle().stream().map(d -> new Poging("GET",
                    pad(c) + "/initiatieven/" + d.id() + sub, null,
                    !c.eigen() && d.openbaar() ? Verwachting.openbaar() : Verwachting.status(404))).toList());
        }
        m.put("GET " + g + "/initiatieven/{id}/deelnemers", c -> c.alle().stream().map(d -> new Poging("GET",
                pad(c) + "/initiatieven/" + d.id() + "/deelnemers", null, Verwachting.status(404))).toList());
        m.put("POST " + g + "/initiatieven/{id}/deelnemers", c -> c.alle().stream().map(d -> new Poging("POST",
                pad(c) + "/initiatieven/" + d.id() + "/deelnemers",
                "{\"gebruiker\":\"" + c.user() + "\",\"rol\":\"procesbegeleider\"}", c.alleenAmbtenaar())).toList());

        // overheidsparticipatie: only on a residents' initiative, which another gemeente never sees
        m.put("GET " + g + "/initiatieven/{id}/overheidsparticipatie", c -> c.alle().stream().map(d -> new Poging("GET",
                pad(c) + "/initiatieven/" + d.id() + "/overheidsparticipatie", null, Verwachting.status(404))).toList());
        m.put("GET " + g + "/initiatieven/{id}/overheidsparticipatie/{versie}", c -> c.alle().stream().map(d -> new Poging(
                "GET", pad(c) + "/initiatieven/" + d.id() + "/overheidsparticipatie/1", null, Verwachting.status(404))).toList());
        m.put("POST " + g + "/initiatieven/{id}/overheidsparticipatie", c -> c.alle().stream().map(d -> new Poging("POST",
                pad(c) + "/initiatieven/" + d.id() + "/overheidsparticipatie", "{\"rol\":\"partner\",\"bijdragen\":[\"geld\"],"
                        + "\"toelichting\":\"indringer\",\"contactpersoon\":\"indringer\",\"contact\":\"indringer\"}",
                c.alleenAmbtenaar())).toList());

        // subsidieaanvragen, each aimed at the application in the state where the step would be allowed
        m.put("POST " + g + "/subsidieaanvragen", c -> c.eigen() ? List.of()
                : List.of(new Poging("POST", pad(c) + "/subsidieaanvragen", aanvraag(c.aanvaller(), "indringer"),
                        Verwachting.status(403))));
        m.put("GET " + g + "/subsidieaanvragen/{id}", c -> c.doelen("aanvraag-aangevraagd", "aanvraag-aanvulling",
                "aanvraag-verleend", "aanvraag-verantwoord").stream().map(d -> new Poging("GET",
                        pad(c) + "/subsidieaanvragen/" + d.id(), null, Verwachting.status(404))).toList());
        m.put("POST " + g + "/subsidieaanvragen/{id}/aanvullingsverzoek", c -> c.doelen("aanvraag-aangevraagd").stream()
                .map(d -> new Poging("POST", pad(c) + "/subsidieaanvragen/" + d.id() + "/aanvullingsverzoek",
                        "{\"toelichting\":\"Indringer\"}", c.alleenAmbtenaar())).toList());
        m.put("POST " + g + "/subsidieaanvragen/{id}/aanvulling", c -> c.doelen("aanvraag-aanvulling").stream()
                .map(d -> new Poging("POST", pad(c) + "/subsidieaanvragen/" + d.id() + "/aanvulling",
                        aanvraag(c.aanvaller(), "indringer"), Verwachting.status(404))).toList());
        m.put("POST " + g + "/subsidieaanvragen/{id}/besluit", c -> c.doelen("aanvraag-aangevraagd").stream()
                .map(d -> new Poging("POST", pad(c) + "/subsidieaanvragen/" + d.id() + "/besluit",
                        "{\"budgetId\":\"" + c.data().budget + "\"}", c.alleenAmbtenaar())).toList());
        m.put("POST " + g + "/subsidieaanvragen/{id}/verantwoording", c -> c.doelen("aanvraag-verleend").stream()
                .map(d -> new Poging("POST", pad(c) + "/subsidieaanvragen/" + d.id() + "/verantwoording",
                        "{\"werkelijkeKosten\":\"1.00\",\"verslag\":\"Indringer\"}", Verwachting.status(404))).toList());
        m.put("POST " + g + "/subsidieaanvragen/{id}/vaststelling", c -> c.doelen("aanvraag-verantwoord").stream()
                .map(d -> new Poging("POST", pad(c) + "/subsidieaanvragen/" + d.id() + "/vaststelling", "{}",
                        c.alleenAmbtenaar())).toList());

        // uitdaagrecht
        m.put("POST " + g + "/uitdaagverzoeken", c -> c.eigen() ? List.of()
                : List.of(new Poging("POST", pad(c) + "/uitdaagverzoeken", "{\"titel\":\"Indringer\",\"omschrijving\":\"o\","
                        + "\"taak\":\"groen\",\"metBudget\":false,\"ondersteuners\":1}", Verwachting.status(403))));
        m.put("GET " + g + "/uitdaagverzoeken/{id}", c -> c.doelen("uitdaagverzoek").stream().map(d -> new Poging("GET",
                pad(c) + "/uitdaagverzoeken/" + d.id(), null, Verwachting.status(404))).toList());
        m.put("POST " + g + "/uitdaagverzoeken/{id}/aanvulling", c -> c.doelen("uitdaagverzoek").stream().map(d -> new Poging(
                "POST", pad(c) + "/uitdaagverzoeken/" + d.id() + "/aanvulling", "{\"titel\":\"Indringer\",\"omschrijving\":\"o\","
                        + "\"taak\":\"groen\",\"metBudget\":false,\"ondersteuners\":1}", Verwachting.status(404))).toList());
        m.put("POST " + g + "/uitdaagverzoeken/{id}/besluit", c -> c.doelen("uitdaagverzoek").stream().map(d -> new Poging(
                "POST", pad(c) + "/uitdaagverzoeken/" + d.id() + "/besluit", "{}", c.alleenAmbtenaar())).toList());

        // participatietrajecten: public to read
        m.put("POST " + g + "/participatietrajecten", c -> c.eigen() ? List.of()
                : List.of(new Poging("POST", pad(c) + "/participatietrajecten", traject(), Verwachting.status(403))));
        m.put("GET " + g + "/participatietrajecten/{id}", c -> c.doelen("traject").stream().map(d -> new Poging("GET",
                pad(c) + "/participatietrajecten/" + d.id(), null,
                !c.eigen() && d.passend() ? Verwachting.openbaar() : Verwachting.status(404))).toList());
        // the traject is looked up before the role is checked: under the own code it is simply not there
        m.put("POST " + g + "/participatietrajecten/{id}/fase", c -> c.doelen("traject").stream().map(d -> new Poging("POST",
                pad(c) + "/participatietrajecten/" + d.id() + "/fase", "{\"fase\":\"uitvoering\",\"toelichting\":\"Indringer\"}",
                Verwachting.status(c.eigen() ? 404 : 403))).toList());

        // inspraak: the draft is public, zienswijzen are seen by the gemeente and their own submitter
        m.put("POST " + g + "/inspraak", c -> c.eigen() ? List.of()
                : List.of(new Poging("POST", pad(c) + "/inspraak", inspraak(LocalDate.now(NEDERLAND)), Verwachting.status(403))));
        m.put("GET " + g + "/inspraak/{id}", c -> c.doelen("inspraak-open", "inspraak-gesloten").stream().map(d -> new Poging(
                "GET", pad(c) + "/inspraak/" + d.id(), null,
                !c.eigen() && d.passend() ? Verwachting.openbaar() : Verwachting.status(404))).toList());
        // an outsider has no zienswijzen of their own there: an empty list, never the gemeente's
        m.put("GET " + g + "/inspraak/{id}/zienswijzen", c -> c.doelen("inspraak-open", "inspraak-gesloten").stream()
                .map(d -> new Poging("GET", pad(c) + "/inspraak/" + d.id() + "/zienswijzen", null,
                        !c.eigen() && d.passend() ? Verwachting.leeg("zienswijzen") : Verwachting.status(404))).toList());
        // one zienswijze: the attacker neither submitted it nor is the victim's ambtenaar, so it is not there
        m.put("GET " + g + "/inspraak/{id}/zienswijzen/{zienswijze}", c -> c.doelen("inspraak-open").stream()
                .map(d -> new Poging("GET", pad(c) + "/inspraak/" + d.id() + "/zienswijzen/" + c.data().zienswijzeOpen, null,
                        Verwachting.status(404))).toList());
        // anyone signed in may try; the victim's ordinance refuses who neither lives there nor declares an interest
        // (where the victim has no inspraak, the ids tried are of other kinds of initiative: not found)
        m.put("POST " + g + "/inspraak/{id}/zienswijzen", c -> c.doelen("inspraak-open").stream().map(d -> new Poging("POST",
                pad(c) + "/inspraak/" + d.id() + "/zienswijzen", "{\"inhoud\":\"Indringer\",\"leeftijd\":30}",
                Verwachting.status(c.eigen() || !d.passend() ? 404 : 422))).toList());
        m.put("POST " + g + "/inspraak/{id}/reactienota", c -> c.doelen("inspraak-gesloten").stream().map(d -> new Poging(
                "POST", pad(c) + "/inspraak/" + d.id() + "/reactienota", "{\"tekst\":\"Indringer\",\"antwoorden\":{\""
                        + (c.data().zienswijzeGesloten == null ? "x" : c.data().zienswijzeGesloten) + "\":\"Nee\"}}",
                c.alleenAmbtenaar())).toList());

        // wijkbudgetten: rounds and plans are public; everything else belongs to the gemeente's own people
        m.put("GET " + g + "/wijkbudgetten", c -> List.of(new Poging("GET", pad(c) + "/wijkbudgetten", null, c.eigen()
                ? a -> c.data().rondes.values().stream().anyMatch(a.body()::contains) ? "lists the victim's rounds" : ""
                : Verwachting.openbaar())));
        m.put("POST " + g + "/wijkbudgetten", c -> List.of(new Poging("POST", pad(c) + "/wijkbudgetten",
                "{\"titel\":\"Indringer\",\"wijk\":\"" + c.slachtoffer().wijk() + "\",\"bedrag\":\"1.00\",\"budgetId\":\""
                        + c.data().budget + "\"}",
                c.eigen() && c.ambtenaar() ? Verwachting.status(400) : Verwachting.status(403))));
        m.put("GET " + g + "/wijkbudgetten/{id}", c -> c.rondes("ronde-stemmen").stream().map(r -> new Poging("GET",
                pad(c) + "/wijkbudgetten/" + r.id(), null, openbaarOf404(c, r))).toList());
        m.put("GET " + g + "/wijkbudgetten/{id}/plannen", c -> c.rondes("ronde-stemmen").stream().map(r -> new Poging("GET",
                pad(c) + "/wijkbudgetten/" + r.id() + "/plannen", null, openbaarOf404(c, r))).toList());
        m.put("GET " + g + "/wijkbudgetten/{id}/plannen/{plan}", c -> c.rondes("ronde-stemmen").stream().map(r -> new Poging(
                "GET", pad(c) + "/wijkbudgetten/" + r.id() + "/plannen/" + r.plan(), null, openbaarOf404(c, r))).toList());
        m.put("POST " + g + "/wijkbudgetten/{id}/fase", c -> c.rondes("ronde-indienen").stream().map(r -> new Poging("POST",
                pad(c) + "/wijkbudgetten/" + r.id() + "/fase", "{\"fase\":\"haalbaarheidstoets\"}", c.alleenAmbtenaar())).toList());
        // residents act on plans: another gemeente's resident is refused on the path, and finds nothing under their own
        m.put("POST " + g + "/wijkbudgetten/{id}/plannen", c -> c.rondes("ronde-indienen").stream().map(r -> new Poging("POST",
                pad(c) + "/wijkbudgetten/" + r.id() + "/plannen", "{\"titel\":\"Indringer\",\"omschrijving\":\"o\","
                        + "\"geschatteKosten\":\"1.00\"}", alleenEigenInwoner(c))).toList());
        m.put("POST " + g + "/wijkbudgetten/{id}/plannen/{plan}/steun", c -> c.rondes("ronde-indienen").stream()
                .map(r -> new Poging("POST", pad(c) + "/wijkbudgetten/" + r.id() + "/plannen/" + r.plan() + "/steun", "",
                        alleenEigenInwoner(c))).toList());
        m.put("POST " + g + "/wijkbudgetten/{id}/plannen/{plan}/haalbaarheid", c -> c.rondes("ronde-toets").stream()
                .map(r -> new Poging("POST", pad(c) + "/wijkbudgetten/" + r.id() + "/plannen/" + r.plan() + "/haalbaarheid",
                        "{\"haalbaar\":false,\"toelichting\":\"Indringer\"}", c.alleenAmbtenaar())).toList());
        m.put("POST " + g + "/wijkbudgetten/{id}/stempassen", c -> c.rondes("ronde-stemmen").stream().map(r -> new Poging("POST",
                pad(c) + "/wijkbudgetten/" + r.id() + "/stempassen", "{\"kiezers\":[{\"kenmerk\":\"indringer\","
                        + "\"geboortedatum\":\"1980-01-01\",\"wijk\":\"" + c.slachtoffer().wijk() + "\"}]}",
                c.alleenAmbtenaar())).toList());
        // a voting code of the attacker's choosing never fits the victim's round
        m.put("POST " + g + "/wijkbudgetten/{id}/stemmen", c -> c.rondes("ronde-stemmen").stream().map(r -> new Poging("POST",
                pad(c) + "/wijkbudgetten/" + r.id() + "/stemmen", "{\"stemcode\":\"ABCD-EFGH-JKMN\",\"plannen\":[\"" + r.plan()
                        + "\"]}", Verwachting.status(c.eigen() || !r.passend() ? 404 : 403))).toList());
        m.put("POST " + g + "/wijkbudgetten/{id}/papieren-stemmen", c -> c.rondes("ronde-stemmen").stream().map(r -> new Poging(
                "POST", pad(c) + "/wijkbudgetten/" + r.id() + "/papieren-stemmen", "ABCD-EFGH-JKMN;" + r.plan() + "\n",
                c.alleenAmbtenaar(), "text/csv")).toList());
        m.put("POST " + g + "/wijkbudgetten/{id}/uitslag", c -> c.rondes("ronde-stemmen").stream().map(r -> new Poging("POST",
                pad(c) + "/wijkbudgetten/" + r.id() + "/uitslag", "", c.alleenAmbtenaar())).toList());
        // before the result the export is for the gemeente's civil servants only
        m.put("GET " + g + "/wijkbudgetten/{id}/pabulib", c -> c.rondes("ronde-stemmen").stream().map(r -> new Poging("GET",
                pad(c) + "/wijkbudgetten/" + r.id() + "/pabulib", null,
                Verwachting.status(c.eigen() || !r.passend() ? 404 : 403))).toList());

        // the Participatiemonitor: indicators, benchmark and the project leader's view are for the gemeente's civil
        // servants; questionnaires are as public as their subject (a personal application's stay hidden)
        m.put("GET " + g + "/participatiemonitor", c -> List.of(new Poging("GET", pad(c) + "/participatiemonitor", null,
                c.eigen() && c.ambtenaar() ? zonderIdsVan(c) : Verwachting.status(403))));
        m.put("GET " + g + "/participatiemonitor/benchmark", c -> List.of(new Poging("GET", pad(c) + "/participatiemonitor/benchmark",
                null, c.eigen() && c.ambtenaar() ? geenMediaanVanEenGemeente() : Verwachting.status(403))));
        m.put("GET " + g + "/vragenlijsten", c -> c.alle().stream().map(d -> new Poging("GET",
                pad(c) + "/vragenlijsten?onderwerp=" + d.id(), null,
                !c.eigen() && d.openbaar() ? Verwachting.openbaar() : Verwachting.status(404))).toList());
        m.put("GET " + g + "/vragenlijsten/{id}", c -> c.doelen("aanvraag-verleend").stream().map(d -> new Poging("GET",
                pad(c) + "/vragenlijsten/" + d.id() + ".besluit", null, Verwachting.status(404))).toList());
        m.put("POST " + g + "/vragenlijsten/{id}/reacties", c -> c.doelen("aanvraag-verleend").stream().map(d -> new Poging("POST",
                pad(c) + "/vragenlijsten/" + d.id() + ".besluit/reacties", reactie(), Verwachting.status(404))).toList());
        m.put("GET " + g + "/reactieoverzichten/{onderwerp}", c -> c.alle().stream().map(d -> new Poging("GET",
                pad(c) + "/reactieoverzichten/" + d.id(), null, c.alleenAmbtenaar())).toList());
        m.put("GET " + g + "/reactieoverzichten/{onderwerp}/kerncijfers", c -> c.alle().stream().map(d -> new Poging("GET",
                pad(c) + "/reactieoverzichten/" + d.id() + "/kerncijfers", null, c.alleenAmbtenaar())).toList());
        m.put("PUT " + g + "/reactieoverzichten/{onderwerp}/zelfevaluatie", c -> c.doelen("traject").stream().map(d -> new Poging(
                "PUT", pad(c) + "/reactieoverzichten/" + d.id() + "/zelfevaluatie", "{\"stellingen\":" + stellingen()
                        + ",\"soort\":\"burgerparticipatie\",\"niveau\":\"adviseren\",\"schaal\":\"wijk\",\"duurInWeken\":4,"
                        + "\"beslisser\":\"college\"}", c.alleenAmbtenaar())).toList());
        return m;
    }

    private static String stellingen() {
        return "{" + String.join(",", List.of("kader", "aanspreekpunt", "informatie", "invloed", "serieus", "terugkoppeling",
                "afspiegeling", "verloop").stream().map(s -> "\"" + s + "\":\"eens\"").toList()) + "}";
    }

    private static String reactie() {
        return "{\"stellingen\":" + stellingen() + ",\"cijferProces\":7,\"cijferResultaat\":7,\"nogmaals\":\"ja\"}";
    }

    /** The own gemeente's indicators: 200, and not one id of the victim in them. */
    private static Verwachting zonderIdsVan(Ctx c) {
        return a -> a.statusCode() != 200 ? "expected 200"
                : c.alle().stream().anyMatch(d -> a.body().contains(d.id())) || c.data().rondes.values().stream().anyMatch(a.body()::contains)
                        ? "shows an id of the victim" : "";
    }

    /** Three gemeenten are too few for a median that hides each one's figure: none is given (409 where not opted in). */
    private static Verwachting geenMediaanVanEenGemeente() {
        return a -> a.statusCode() == 409 ? "" : a.statusCode() != 200 ? "expected 200 or 409"
                : json(a).findValues("mediaanAlle").stream().allMatch(JsonNode::isNull)
                        && json(a).findValues("mediaanVergelijkbaar").stream().allMatch(JsonNode::isNull) ? "" : "gives a median";
    }

    private static Verwachting openbaarOf404(Ctx c, Ronde r) {
        return !c.eigen() && r.passend() ? Verwachting.openbaar() : Verwachting.status(404);
    }

    private static Verwachting alleenEigenInwoner(Ctx c) {
        return Verwachting.status(c.eigen() && !c.ambtenaar() ? 404 : 403);
    }

    /** A round to aim at, with its one plan; a misfit where the victim has no rounds (no rules). */
    record Ronde(String id, String plan, boolean passend) {
    }

    private static String pad(Ctx c) {
        return "/gemeenten/" + c.code();
    }

    /** The list shows only trajecten and inspraak of the victim; under the own code none of the victim's. */
    private static Verwachting alleenOpenbareInitiatieven(Ctx c) {
        return a -> {
            if (a.statusCode() != 200) {
                return "expected 200";
            }
            for (JsonNode i : json(a).get("initiatieven")) {
                String soort = i.get("soort").asText();
                if (!c.eigen() && !soort.equals("participatietraject") && !soort.equals("inspraak")) {
                    return "lists a " + soort + " " + i.get("id").asText();
                }
                if (c.eigen() && c.alle().stream().anyMatch(d -> d.id().equals(i.get("id").asText()))) {
                    return "lists the victim's " + i.get("id").asText() + " under " + c.code();
                }
            }
            return "";
        };
    }

    @Test
    public void matrixCoversEveryEndpointOfTheOpenApiDocument() {
        Set<String> documented = new TreeSet<>();
        JsonNode paths = json(verwacht(200, get("/openapi.json"))).get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().startsWith("/gemeenten/{code}")) {
                continue;
            }
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    documented.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertTrue("the OpenAPI document lists the gemeente endpoints: " + documented, documented.size() > 20);
        Set<String> zonderGeval = new TreeSet<>(documented);
        zonderGeval.removeAll(gevallen().keySet());
        Set<String> verouderd = new TreeSet<>(gevallen().keySet());
        verouderd.removeAll(documented);
        assertTrue("endpoints without a case in the tenant matrix (add one to TenantMatrixIT.gevallen()): " + zonderGeval,
                zonderGeval.isEmpty());
        assertTrue("cases for endpoints the OpenAPI document does not list: " + verouderd, verouderd.isEmpty());
    }

    @Test
    public void noGemeenteReadsOrDecidesAnothersData() {
        Map<String, Geval> gevallen = gevallen();
        List<String> fouten = new ArrayList<>();
        Map<String, Integer> perGeval = new TreeMap<>();
        int verzoeken = 0;
        for (Gemeente slachtoffer : GEMEENTEN) {
            Gegevens data = gegevens.get(slachtoffer.code());
            Map<String, String> voor = momentopname(slachtoffer, data);
            for (Gemeente aanvaller : GEMEENTEN) {
                if (aanvaller.equals(slachtoffer)) {
                    continue;
                }
                for (boolean ambtenaar : List.of(true, false)) {
                    for (Variant variant : Variant.values()) {
                        Ctx ctx = new Ctx(slachtoffer, data, aanvaller, ambtenaar, variant);
                        for (Map.Entry<String, Geval> geval : gevallen.entrySet()) {
                            for (Poging p : geval.getValue().apply(ctx)) {
                                HttpResponse<String> antwoord = verstuur(p.method(), p.pad(), ctx.user(), p.body(), p.contentType());
                                verzoeken++;
                                perGeval.merge(geval.getKey(), 1, Integer::sum);
                                String fout = p.verwachting().toets(antwoord);
                                if (fout.isEmpty() && antwoord.body().contains(slachtoffer.geheim())) {
                                    fout = "the answer shows private content of " + slachtoffer.code();
                                }
                                if (!fout.isEmpty()) {
                                    fouten.add(ctx.user() + " (" + variant + ") " + p.method() + " " + p.pad() + ": " + fout
                                            + ", got " + antwoord.statusCode() + " " + kort(antwoord.body()));
                                }
                            }
                        }
                    }
                }
            }
            Map<String, String> na = momentopname(slachtoffer, data);
            for (String pad : voor.keySet()) {
                if (!voor.get(pad).equals(na.get(pad))) {
                    fouten.add(slachtoffer.code() + "'s data changed: " + pad + "\n  before: " + voor.get(pad) + "\n  after:  "
                            + na.get(pad));
                }
            }
        }
        System.out.println("TenantMatrixIT: " + verzoeken + " requests over " + gevallen.size() + " endpoint cases, "
                + GEMEENTEN.size() + " gemeenten; per case: " + perGeval);
        for (String key : gevallen.keySet()) {
            assertTrue("no request was made for " + key, perGeval.getOrDefault(key, 0) > 0);
        }
        if (!fouten.isEmpty()) {
            fail(fouten.size() + " of " + verzoeken + " requests crossed the wall between gemeenten:\n"
                    + String.join("\n", fouten.subList(0, Math.min(60, fouten.size()))));
        }
    }

    /**
     * What the victim's civil servant sees of all of its data: lists, initiatives, transitions, besluiten,
     * participants, zienswijzen, budget figures and ledger. Every read must succeed (the positive control).
     */
    private Map<String, String> momentopname(Gemeente g, Gegevens d) {
        List<String> paden = new ArrayList<>();
        String pad = "/gemeenten/" + g.code();
        paden.add(pad + "/initiatieven");
        paden.add(pad + "/budgetten");
        paden.add(pad + "/budgetten/" + d.budget);
        paden.add(pad + "/budgetten/" + d.budget + "/boekingen");
        for (Doel doel : d.doelen.values()) {
            for (String sub : List.of("", "/overgangen", "/besluiten", "/deelnemers")) {
                paden.add(pad + "/initiatieven/" + doel.id() + sub);
            }
            switch (doel.soort()) {
                case "inspraak" -> paden.add(pad + "/inspraak/" + doel.id() + "/zienswijzen");
                case "bewonersinitiatief" -> paden.add(pad + "/subsidieaanvragen/" + doel.id());
                case "uitdaagrecht" -> paden.add(pad + "/uitdaagverzoeken/" + doel.id());
                default -> paden.add(pad + "/participatietrajecten/" + doel.id());
            }
        }
        paden.add(pad + "/wijkbudgetten");
        for (String ronde : d.rondes.values()) {
            paden.add(pad + "/wijkbudgetten/" + ronde);
            paden.add(pad + "/wijkbudgetten/" + ronde + "/plannen");
        }
        if (d.rondes.containsKey("ronde-stemmen")) {
            paden.add(pad + "/wijkbudgetten/" + d.rondes.get("ronde-stemmen") + "/pabulib");
        }
        Map<String, String> beeld = new LinkedHashMap<>();
        for (String p : paden) {
            HttpResponse<String> antwoord = get(p, g.ambtenaar(), WACHTWOORD);
            assertEquals(g.ambtenaar() + " reads " + p + ": " + antwoord.body(), 200, antwoord.statusCode());
            beeld.put(p, p.endsWith("/pabulib") ? antwoord.body() : json(antwoord).toString());
        }
        return beeld;
    }

    // ---- beyond the matrix ----

    @Test
    public void aSecondResidentNeitherSeesNorActsOnAnotherResidentsApplication() {
        Gegevens d = gegevens.get(DOETINCHEM.code());
        String pad = "/gemeenten/GM0222";
        Map<String, String> voor = momentopname(DOETINCHEM, d);
        for (String sleutel : List.of("aanvraag-aangevraagd", "aanvraag-aanvulling", "aanvraag-verleend", "aanvraag-verantwoord",
                "uitdaagverzoek")) {
            String id = d.doelen.get(sleutel).id();
            String soortPad = sleutel.equals("uitdaagverzoek") ? "/uitdaagverzoeken/" : "/subsidieaanvragen/";
            // the applicant sees it: the 404s below are about who asks, not a broken endpoint
            assertEquals(200, get(pad + soortPad + id, DOETINCHEM.inwoner(), WACHTWOORD).statusCode());
            assertProblem(get(pad + soortPad + id, TWEEDE_INWONER, WACHTWOORD), 404);
            for (String sub : List.of("", "/overgangen", "/besluiten", "/deelnemers")) {
                assertEquals(200, get(pad + "/initiatieven/" + id + sub, DOETINCHEM.inwoner(), WACHTWOORD).statusCode());
                assertProblem(get(pad + "/initiatieven/" + id + sub, TWEEDE_INWONER, WACHTWOORD), 404);
            }
            assertProblem(post(pad + "/initiatieven/" + id + "/deelnemers", TWEEDE_INWONER,
                    "{\"gebruiker\":\"" + TWEEDE_INWONER + "\",\"rol\":\"deelnemer\"}"), 403);
        }
        assertProblem(post(pad + "/subsidieaanvragen/" + d.doelen.get("aanvraag-aanvulling").id() + "/aanvulling", TWEEDE_INWONER,
                aanvraag(DOETINCHEM, "overgenomen")), 404);
        assertProblem(post(pad + "/subsidieaanvragen/" + d.doelen.get("aanvraag-verleend").id() + "/verantwoording",
                TWEEDE_INWONER, "{\"werkelijkeKosten\":\"1.00\",\"verslag\":\"niet van mij\"}"), 404);
        assertProblem(post(pad + "/subsidieaanvragen/" + d.doelen.get("aanvraag-aangevraagd").id() + "/besluit", TWEEDE_INWONER,
                "{}"), 403);
        // the list shows the public initiatives only, the zienswijzen list nothing of the other resident's
        for (JsonNode i : json(get(pad + "/initiatieven", TWEEDE_INWONER, WACHTWOORD)).get("initiatieven")) {
            assertTrue(i.toString(), Set.of("participatietraject", "inspraak").contains(i.get("soort").asText()));
        }
        assertEquals(1, json(get(pad + "/inspraak/" + d.doelen.get("inspraak-open").id() + "/zienswijzen", DOETINCHEM.inwoner(),
                WACHTWOORD)).get("zienswijzen").size());
        assertEquals(0, json(get(pad + "/inspraak/" + d.doelen.get("inspraak-open").id() + "/zienswijzen", TWEEDE_INWONER,
                WACHTWOORD)).get("zienswijzen").size());
        assertEquals(voor, momentopname(DOETINCHEM, d));
    }

    @Test
    public void aCivilServantCannotBookHisOwnGrantOnAnotherGemeentesBudget() {
        // Doetinchem's civil servant decides a Doetinchem application of his own, naming Rotterdam's budget
        String eigen = maak("/gemeenten/GM0222/subsidieaanvragen", DOETINCHEM.inwoner(), aanvraag(DOETINCHEM, "eigen"));
        Gegevens rotterdam = gegevens.get(ROTTERDAM.code());
        Map<String, String> voor = momentopname(ROTTERDAM, rotterdam);
        JsonNode problem = assertProblem(post("/gemeenten/GM0222/subsidieaanvragen/" + eigen + "/besluit", DOETINCHEM.ambtenaar(),
                "{\"budgetId\":\"" + rotterdam.budget + "\"}"), 400);
        assertTrue(problem.toString(), problem.toString().contains("budgetId"));
        assertEquals("aangevraagd", json(get("/gemeenten/GM0222/initiatieven/" + eigen, DOETINCHEM.ambtenaar(), WACHTWOORD))
                .get("status").asText());
        assertEquals(voor, momentopname(ROTTERDAM, rotterdam));
    }

    @Test
    public void publicResourcesAreReadableByAnyoneEvenWithoutSigningIn() {
        for (Gemeente g : GEMEENTEN) {
            Gegevens d = gegevens.get(g.code());
            String pad = "/gemeenten/" + g.code();
            assertEquals(200, get(pad).statusCode());
            assertEquals(200, get(pad + "/regels").statusCode());
            for (Doel doel : d.doelen.values()) {
                HttpResponse<String> anoniem = get(pad + "/initiatieven/" + doel.id());
                assertEquals(doel + ": " + anoniem.body(), doel.openbaar() ? 200 : 404, anoniem.statusCode());
                assertFalse(anoniem.body().contains(g.geheim()));
                if (doel.soort().equals("participatietraject")) {
                    assertEquals(200, get(pad + "/participatietrajecten/" + doel.id()).statusCode());
                }
                if (doel.soort().equals("inspraak")) {
                    JsonNode inspraak = json(verwacht(200, get(pad + "/inspraak/" + doel.id())));
                    assertEquals("ter_inzage", inspraak.get("status").asText());
                    assertProblem(get(pad + "/inspraak/" + doel.id() + "/zienswijzen"), 401);
                }
            }
            for (JsonNode i : json(get(pad + "/initiatieven")).get("initiatieven")) {
                assertTrue(i.toString(), Set.of("participatietraject", "inspraak").contains(i.get("soort").asText()));
            }
        }
    }

    // ---- HTTP ----

    @Override
    protected HttpResponse<String> post(String path, String user, String body) {
        return verstuur("POST", path, user, body, "application/json");
    }

    private HttpResponse<String> verstuur(String method, String path, String user, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", basic(user, WACHTWOORD));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request);
    }

    /** Creates a resource (201) and answers its id. */
    private String maak(String path, String user, String body) {
        return json(verwacht(201, post(path, user, body))).get("id").asText();
    }

    private static HttpResponse<String> verwacht(int status, HttpResponse<String> antwoord) {
        assertEquals(antwoord.request().method() + " " + antwoord.uri() + ": " + antwoord.body(), status, antwoord.statusCode());
        return antwoord;
    }

    private static String kort(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
