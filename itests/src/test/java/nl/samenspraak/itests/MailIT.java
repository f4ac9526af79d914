package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Mail from the real distribution to a real SMTP server started here (GreenMail): each event mails the right
 * person with the right links and nobody else; mail made while the server is down goes out once it is up, each
 * message once; an unsubscribe link works without signing in and stops that kind; mail in the outbox when the
 * node is killed with {@code kill -9} goes out after the restart.
 * <p>
 * Plain JUnit on the unpacked archive ({@link Distributie}), like {@link RestartIT}: the point is the real scripts,
 * configuration files as a hosting provider edits them, and a real JVM crash.
 */
public class MailIT {

    private static final String GM0222 = "/gemeenten/GM0222";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String INWONER = "inwoner-doetinchem";
    private static final String INWONER_ADRES = "inwoner@doetinchem.example.nl";
    private static final String AMBTENAREN_ADRES = "uitdaagrecht@doetinchem.example.nl";
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate VANDAAG = LocalDate.now(NEDERLAND);
    private static final Duration WACHT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    private GreenMail smtp;
    private Distributie node;

    @After
    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    public void eachEventMailsTheRightPersonOnceAlsoAfterTheServerWasDownAndUnsubscribingStopsThatKind() throws Exception {
        int smtpPoort = Distributie.freePort();
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName())) {
            node = d;
            configureer(d, smtpPoort);
            d.startDemo();
            assertTrue("health says mail is on" + d.logTail(), mailDetail().startsWith("aan via 127.0.0.1:" + smtpPoort));

            geefAdres(INWONER, INWONER_ADRES);
            geefAdres("inwoner-denhaag", "inwoner@denhaag.example.nl");
            geefAdres(AMBTENAAR, "ambtenaar@doetinchem.example.nl");

            // every event while nothing listens on the SMTP port
            String budget = id(201, d.post(GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Bewonersinitiatieven Mail\","
                    + "\"regeling\":\"bewonersinitiatief\",\"van\":\"" + VANDAAG.withDayOfYear(1) + "\",\"tot\":\""
                    + VANDAAG.withDayOfYear(1).plusYears(1).minusDays(1) + "\",\"plafond\":\"5000.00\"}"));
            String aanvraag = id(201, d.post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Buurtfeest De Huet")));
            expect(200, d.post(GM0222 + "/subsidieaanvragen/" + aanvraag + "/aanvullingsverzoek", AMBTENAAR,
                    "{\"toelichting\":\"Voeg de leeftijden van de ondersteuners toe\"}"));
            expect(200, d.post(GM0222 + "/subsidieaanvragen/" + aanvraag + "/aanvulling", INWONER,
                    aanvraag("Buurtfeest De Huet").replace("\"leeftijdenOndersteuners\":[]", "\"leeftijdenOndersteuners\":[34,71]")));
            JsonNode besluit = json(expect(200, d.post(GM0222 + "/subsidieaanvragen/" + aanvraag + "/besluit", AMBTENAAR,
                    "{\"budgetId\":\"" + budget + "\"}")));
            assertEquals("toegekend", besluit.get("uitkomst").asText());
            String verzoek = id(201, d.post(GM0222 + "/uitdaagverzoeken", INWONER, """
                    {"titel":"Groenonderhoud Overstegen","omschrijving":"Wij onderhouden het groen zelf",
                     "taak":"Onderhoud openbaar groen Overstegen","metBudget":true,"gevraagd":"12000.00","ondersteuners":40,
                     "onderbouwing":["maatschappelijke_meerwaarde","draagvlak_in_buurt"]}"""));
            String inspraak = id(201, d.post(GM0222 + "/inspraak", AMBTENAAR, "{\"titel\":\"Ontwerp groenbeleid\","
                    + "\"omschrijving\":\"Ontwerpnota\",\"besluitsoort\":\"beleidsnota\",\"onderwerp\":\"overig\",\"terInzageVanaf\":\""
                    + VANDAAG + "\"}"));
            // (the reactienota follows only after the six weeks of the term: JpaOutboxTest covers its mail)
            id(201, d.post(GM0222 + "/inspraak/" + inspraak + "/zienswijzen", INWONER, "{\"inhoud\":\"Meer bomen in het park\",\"leeftijd\":40}"));

            wachtTot("the first attempts failed and the mail waits", () -> mailDetail().matches("aan via .*; 7 wachtend, .*")
                    ? "" : mailDetail());
            smtp = new GreenMail(new ServerSetup(smtpPoort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();

            List<MimeMessage> mails = wachtOpMails(7);
            Map<String, List<String>> perAdres = perAdres(mails);
            String basis = "http://localhost:" + d.port;
            assertEquals(Map.of(
                    AMBTENAREN_ADRES, List.of("Nieuw verzoek uitdaagrecht: Groenonderhoud Overstegen"),
                    INWONER_ADRES, List.of(
                            "Besluit over Buurtfeest De Huet: toegekend",
                            "Hoe ging het? Een korte vragenlijst over Buurtfeest De Huet",
                            "Uw zienswijze is ontvangen: Ontwerp groenbeleid",
                            "We hebben meer informatie nodig: Buurtfeest De Huet",
                            "We hebben uw aanvraag ontvangen: Buurtfeest De Huet",
                            "We hebben uw verzoek (uitdaagrecht) ontvangen: Groenonderhoud Overstegen")),
                    perAdres);

            MimeMessage besluitMail = met(mails, "Besluit over Buurtfeest De Huet: toegekend");
            String tekst = tekst(besluitMail);
            assertTrue(tekst, tekst.contains(basis + GM0222 + "/initiatieven/" + aanvraag));
            assertTrue(tekst, tekst.contains("uiterlijk op " + VANDAAG.plusWeeks(6).format(
                    DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")))));
            assertEquals("Doetinchem Participatie", ((InternetAddress) besluitMail.getFrom()[0]).getPersonal());
            assertEquals("participatie@doetinchem.example.nl", ((InternetAddress) besluitMail.getReplyTo()[0]).getAddress());
            assertTrue(tekst(met(mails, "We hebben uw aanvraag ontvangen: Buurtfeest De Huet")).contains(aanvraag));
            assertTrue(tekst(met(mails, "Nieuw verzoek uitdaagrecht: Groenonderhoud Overstegen")).contains(verzoek));
            assertTrue("the first besluit opens the questionnaire", tekst(met(mails, "Hoe ging het? Een korte vragenlijst over Buurtfeest De Huet"))
                    .contains(basis + GM0222 + "/vragenlijsten/" + aanvraag + ".besluit"));
            assertTrue(tekst(met(mails, "We hebben meer informatie nodig: Buurtfeest De Huet"))
                    .contains(basis + GM0222 + "/mijn-aanvragen/" + aanvraag + "/aanvulling"));

            // unsubscribe from besluiten without signing in
            String afmelden = besluitMail.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
            assertTrue(afmelden, afmelden.startsWith(basis + "/mail/afmelden?t="));
            Websessie anoniem = new Websessie(d.port);
            HttpResponse<String> vraag = anoniem.get(afmelden);
            assertEquals(vraag.body(), 200, vraag.statusCode());
            assertTrue(vraag.body(), vraag.body().contains("Het besluit over uw aanvraag of verzoek"));
            String token = afmelden.substring(afmelden.indexOf("t=") + 2);
            HttpResponse<String> gedaan = anoniem.post("/mail/afmelden", Map.of("t", token));
            assertEquals(gedaan.body(), 200, gedaan.statusCode());
            assertTrue(gedaan.body(), gedaan.body().contains("U bent afgemeld"));
            assertEquals(404, new Websessie(d.port).get("/mail/afmelden?t=" + token.substring(0, token.length() - 2) + "xx").statusCode());

            String tweede = id(201, d.post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Straatfeest Gaanderen")));
            assertEquals("toegekend", json(expect(200, d.post(GM0222 + "/subsidieaanvragen/" + tweede + "/besluit", AMBTENAAR,
                    "{\"budgetId\":\"" + budget + "\"}"))).get("uitkomst").asText());
            wachtTot("the besluit lapsed for the unsubscribed resident", () -> mailDetail().contains(" 1 vervallen") ? "" : mailDetail());
            List<String> daarna = perAdres(wachtOpMails(9)).get(INWONER_ADRES);
            assertTrue("the receipt of the second application: " + daarna,
                    daarna.contains("We hebben uw aanvraag ontvangen: Straatfeest Gaanderen"));
            assertTrue("its questionnaire, a kind not unsubscribed: " + daarna,
                    daarna.contains("Hoe ging het? Een korte vragenlijst over Straatfeest Gaanderen"));
            assertTrue("no besluit after unsubscribing: " + daarna, daarna.stream().noneMatch(o -> o.contains("Straatfeest Gaanderen: ")));
            Thread.sleep(3000);
            assertEquals("nothing twice", 9, ontvangen().size());
        }
    }

    @Test
    public void mailInTheOutboxWhenTheNodeIsKilledGoesOutAfterTheRestart() throws Exception {
        int smtpPoort = Distributie.freePort();
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName() + "-kill")) {
            node = d;
            configureer(d, smtpPoort);
            d.startDemo();
            geefAdres(INWONER, INWONER_ADRES);
            String aanvraag = id(201, d.post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Buurtfeest Overstegen")));
            wachtTot("the mail waits in the outbox", () -> mailDetail().matches("aan via .*; 1 wachtend, .*") ? "" : mailDetail());

            d.kill9();
            smtp = new GreenMail(new ServerSetup(smtpPoort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            d.start();

            List<MimeMessage> mails = wachtOpMails(1);
            assertEquals("We hebben uw aanvraag ontvangen: Buurtfeest Overstegen", mails.get(0).getSubject());
            assertTrue(tekst(mails.get(0)).contains(aanvraag));
            Thread.sleep(3000);
            assertEquals("once", 1, ontvangen().size());
        }
    }

    @Test
    public void aWijkbudgetRoundMailsThePlanCheckTheVoteReceiptAndTheResultButNothingThatTiesAnAddressToABallot()
            throws Exception {
        int smtpPoort = Distributie.freePort();
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName() + "-ronde")) {
            node = d;
            configureer(d, smtpPoort);
            smtp = new GreenMail(new ServerSetup(smtpPoort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            d.startDemo();
            geefAdres(INWONER, INWONER_ADRES);
            Stemronde ronde = Stemronde.openen(d, d, "Mailronde De Huet", 3);

            // the voter's receipt through the voting page, as a resident votes: a mistyped address refuses only itself
            Websessie kiezer = new Websessie(d.port);
            String stemmen = ronde.pad() + "/stemmen";
            assertEquals(200, kiezer.get(stemmen).statusCode());
            Map<String, String> biljet = Map.of("stemcode", ronde.codes().get(0), "plannen", ronde.plan());
            HttpResponse<String> controle = kiezer.post(stemmen, met(biljet, "actie", "controleer"));
            assertEquals(controle.body(), 200, controle.statusCode());
            assertTrue(controle.body(), controle.body().contains("Uw e-mailadres voor een bevestiging"));
            HttpResponse<String> fout = kiezer.post(stemmen, met(met(biljet, "actie", "bevestig"), "bewijsAan", "geen adres"));
            assertEquals(fout.body(), 422, fout.statusCode());
            assertTrue(fout.body(), fout.body().contains("Vul een e-mailadres in zoals naam@voorbeeld.nl")
                    && fout.body().contains("value=\"geen adres\""));
            HttpResponse<String> gestemd = kiezer.post(stemmen, met(met(biljet, "actie", "bevestig"), "bewijsAan", "kiezer@example.org"));
            assertEquals(gestemd.body(), 303, gestemd.statusCode());
            String bewijs = URLDecoder.decode(gestemd.headers().firstValue("Location").orElseThrow()
                    .replaceAll(".*[?&]bewijs=([^&]*).*", "$1"), StandardCharsets.UTF_8);
            // a ballot through the API without an address mails nobody
            expect(201, ronde.stem(d, 1));

            JsonNode uitslag = json(expect(200, d.post(ronde.pad() + "/uitslag", AMBTENAAR, ""))).get("uitslag");
            assertEquals(uitslag.toString(), 2, uitslag.get("digitaleStemmen").asInt());

            Map<String, List<String>> perAdres = perAdres(wachtOpMails(4));
            assertEquals("the voter is never invited through the ballot's address; the plan's submitter is", Map.of(
                    "kiezer@example.org", List.of("Uw stem voor Mailronde De Huet is ontvangen"),
                    INWONER_ADRES, List.of("De uitslag van Mailronde De Huet is bekend",
                            "Hoe ging het? Een korte vragenlijst over Mailronde De Huet", "Uw plan Speeltuin is haalbaar")),
                    perAdres);
            String uitnodiging = tekst(met(Arrays.asList(smtp.getReceivedMessages()), "Hoe ging het? Een korte vragenlijst over Mailronde De Huet"));
            assertTrue(uitnodiging, uitnodiging.contains("http://localhost:" + d.port + ronde.pad().replaceAll("/wijkbudgetten/.*", "")
                    + "/vragenlijsten/") && uitnodiging.contains(".uitslag") && uitnodiging.contains("ontvangstbewijs van uw stem"));
            String ontvangen = tekst(met(Arrays.asList(smtp.getReceivedMessages()), "Uw stem voor Mailronde De Huet is ontvangen"));
            assertTrue("the receipt names neither the ballot's key nor its choice: " + ontvangen,
                    !ontvangen.contains(bewijs) && !ontvangen.contains("Speeltuin") && !ontvangen.contains(ronde.codes().get(0)));
            Thread.sleep(3000);
            assertEquals("nothing twice", 4, ontvangen().size());
        }
    }

    @Test
    public void anAssignmentMailsTheColleagueAndWhatAResidentWantsDailyComesInOneOverviewWhoseLinkStopsIt() throws Exception {
        int smtpPoort = Distributie.freePort();
        wachtOverMiddernacht();
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName() + "-dagelijks")) {
            node = d;
            configureer(d, smtpPoort);
            smtp = new GreenMail(new ServerSetup(smtpPoort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
            d.startDemo();
            geefAdres(INWONER, INWONER_ADRES, Map.of("aanvraag_ontvangen", "dagelijks", "besluit_genomen", "dagelijks",
                    "vragenlijst_uitnodiging", "dagelijks"));
            geefAdres(AMBTENAAR, "ambtenaar@doetinchem.example.nl");
            geefAdres("beheerder", "beheerder@samenspraak.example.nl");
            String budget = id(201, d.post(GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"Bewonersinitiatieven Dagelijks\","
                    + "\"regeling\":\"bewonersinitiatief\",\"van\":\"" + VANDAAG.withDayOfYear(1) + "\",\"tot\":\""
                    + VANDAAG.withDayOfYear(1).plusYears(1).minusDays(1) + "\",\"plafond\":\"5000.00\"}"));
            String eerste = id(201, d.post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Buurtfeest De Huet")));
            assertEquals("toegekend", json(expect(200, d.post(GM0222 + "/subsidieaanvragen/" + eerste + "/besluit", AMBTENAAR,
                    "{\"budgetId\":\"" + budget + "\"}"))).get("uitkomst").asText());
            String tweede = id(201, d.post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Straatfeest Gaanderen")));

            // a colleague assigns the second application to the beheerder; then the civil servant takes it himself
            Websessie werkplek = Websessie.aangemeld(d.port, AMBTENAAR);
            assertEquals(200, werkplek.get(GM0222 + "/werkplek").statusCode());
            assertEquals(303, werkplek.post(GM0222 + "/werkplek", Map.of("zaak", tweede, "collega-" + tweede, "beheerder")).statusCode());
            assertEquals(200, werkplek.get(GM0222 + "/werkplek").statusCode());
            assertEquals(303, werkplek.post(GM0222 + "/werkplek", Map.of("zaak", tweede, "aan", "mij")).statusCode());

            wachtTot("the resident's mail waits for the overview",
                    () -> mailDetail().contains("4 voor een dagoverzicht") ? "" : mailDetail());
            List<MimeMessage> mails = wachtOpMails(1);
            Thread.sleep(3000);
            assertEquals("only the assignment goes at once, only to whom it was assigned",
                    Map.of("beheerder@samenspraak.example.nl", List.of("Aan u toegewezen: Straatfeest Gaanderen")),
                    perAdres(ontvangen()));
            String basis = "http://localhost:" + d.port;
            String toegewezen = tekst(mails.get(0));
            assertTrue(toegewezen, toegewezen.contains(AMBTENAAR + " heeft \"Straatfeest Gaanderen\"")
                    && toegewezen.contains(basis + GM0222 + "/werkplek/aanvragen/" + tweede));

            // the overview at the next minute, as a hosting provider would set its time
            LocalTime straks = LocalTime.now(NEDERLAND).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            d.zet("etc/nl.samenspraak.mail.cfg", "dagoverzicht", straks.toString());
            mails = wachtOpMails(2);
            MimeMessage overzicht = met(mails, "Uw overzicht van " + LocalDate.now(NEDERLAND).format(DateTimeFormatter.ofPattern("d MMMM yyyy",
                    Locale.forLanguageTag("nl-NL"))) + ": 4 berichten");
            assertEquals(INWONER_ADRES, ((InternetAddress) overzicht.getAllRecipients()[0]).getAddress());
            String tekst = tekst(overzicht);
            for (String regel : List.of("We hebben uw aanvraag ontvangen: Buurtfeest De Huet", "Besluit over Buurtfeest De Huet: toegekend",
                    "Hoe ging het? Een korte vragenlijst over Buurtfeest De Huet", "We hebben uw aanvraag ontvangen: Straatfeest Gaanderen",
                    basis + GM0222 + "/initiatieven/" + eerste, basis + GM0222 + "/vragenlijsten/" + eerste + ".besluit",
                    basis + GM0222 + "/mijn-aanvragen/" + tweede)) {
                assertTrue(regel + " in " + tekst, tekst.contains(regel));
            }

            // its unsubscribe link, without signing in, stops the kinds wanted daily
            String afmelden = overzicht.getHeader("List-Unsubscribe")[0].replaceAll("^<|>$", "");
            Websessie anoniem = new Websessie(d.port);
            HttpResponse<String> vraag = anoniem.get(afmelden);
            assertTrue(vraag.body(), vraag.statusCode() == 200 && vraag.body().contains("het dagelijkse overzicht"));
            HttpResponse<String> gedaan = anoniem.post("/mail/afmelden", Map.of("t", afmelden.substring(afmelden.indexOf("t=") + 2)));
            assertTrue(gedaan.body(), gedaan.statusCode() == 200 && gedaan.body().contains("U bent afgemeld"));
            id(201, d.post(GM0222 + "/subsidieaanvragen", INWONER, aanvraag("Burendag Centrum")));
            wachtTot("the receipt lapsed", () -> mailDetail().contains(" 1 vervallen") ? "" : mailDetail());
            Thread.sleep(3000);
            assertEquals("nothing more, nothing twice", 2, ontvangen().size());
        }
    }

    /** The overview's time is set to the next minute of today: not across midnight. */
    private static void wachtOverMiddernacht() throws InterruptedException {
        java.time.ZonedDateTime nu = java.time.ZonedDateTime.now(NEDERLAND);
        if (nu.toLocalTime().isAfter(LocalTime.of(23, 50))) {
            Thread.sleep(Duration.between(nu, nu.toLocalDate().plusDays(1).atStartOfDay(NEDERLAND).plusSeconds(5)).toMillis());
        }
    }

    private static Map<String, String> met(Map<String, String> velden, String naam, String waarde) {
        Map<String, String> meer = new LinkedHashMap<>(velden);
        meer.put(naam, waarde);
        return meer;
    }

    // ---- the node

    /** Mail on, to the test's SMTP port, as a hosting provider configures it; Doetinchem's sender and civil servants. */
    private static void configureer(Distributie d, int smtpPoort) throws IOException {
        String mail = "etc/nl.samenspraak.mail.cfg";
        d.zet(mail, "enabled", "true");
        d.zet(mail, "host", "127.0.0.1");
        d.zet(mail, "port", String.valueOf(smtpPoort));
        d.zet(mail, "starttls", "false");
        d.zet(mail, "from", "noreply@samenspraak.example.nl");
        d.zet(mail, "url", "http://localhost:" + d.port);
        d.zet(mail, "interval", "1");
        // the demo's Doetinchem (as the demo feature configures it) with its mail settings; the feature leaves an
        // existing file alone
        Files.writeString(d.home.resolve("etc/nl.samenspraak.gemeente-doetinchem.cfg"), """
                code = GM0222
                naam = Doetinchem
                regels = model
                wijk.WK022290 = Centrum
                wijk.WK022291 = De Huet
                wijk.WK022292 = Overstegen
                wijk.WK022293 = Gaanderen
                mail.afzender = Doetinchem Participatie
                mail.antwoordadres = participatie@doetinchem.example.nl
                mail.ambtenaren = %s
                """.formatted(AMBTENAREN_ADRES));
    }

    /** Through the profile page, signed in, as the resident does: every kind at once. */
    private void geefAdres(String gebruiker, String adres) {
        geefAdres(gebruiker, adres, Map.of());
    }

    /** As {@link #geefAdres(String, String)}, with some kinds at another frequency ({@code dagelijks}, {@code nooit}). */
    private void geefAdres(String gebruiker, String adres, Map<String, String> anders) {
        Websessie sessie = Websessie.aangemeld(node.port, gebruiker);
        HttpResponse<String> pagina = sessie.get("/profiel/mail");
        assertEquals(pagina.body(), 200, pagina.statusCode());
        Map<String, String> velden = new HashMap<>();
        velden.put("adres", adres);
        for (String soort : List.of("aanvraag_ontvangen", "aanvulling_gevraagd", "besluit_genomen", "zienswijze_ontvangen",
                "reactienota_gepubliceerd", "plan_getoetst", "uitslag_ronde", "vragenlijst_uitnodiging", "zaak_toegewezen")) {
            velden.put(soort, anders.getOrDefault(soort, "direct"));
        }
        HttpResponse<String> opgeslagen = sessie.post("/profiel/mail", velden);
        assertEquals(opgeslagen.body(), 303, opgeslagen.statusCode());
        assertTrue(sessie.get("/profiel/mail").body().contains("value=\"" + adres + "\""));
    }

    /** The mail check's detail in the health report, or why there is none (the node may be starting). */
    private String mailDetail() {
        HttpResponse<String> health = node.get("/health", null);
        try {
            return JSON.readTree(health.body()).at("/checks/mail/detail").asText();
        } catch (IOException e) {
            return "no health report (" + health.statusCode() + ")";
        }
    }

    // ---- the mail

    /**
     * Waits for {@code aantal} mails besides the daily werkvoorraad: a node that (re)starts after 07:00 places that day's
     * werkvoorraad for the civil servants when there is something in it, which is not what these tests are about.
     */
    private List<MimeMessage> wachtOpMails(int aantal) {
        wachtTot(aantal + " mails arrive", () -> ontvangen().size() >= aantal ? ""
                : ontvangen().size() + " arrived; outbox: " + mailDetail());
        return ontvangen();
    }

    private List<MimeMessage> ontvangen() {
        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                if (!m.getSubject().startsWith("Werkvoorraad ")) {
                    mails.add(m);
                }
            } catch (MessagingException e) {
                throw new AssertionError("unreadable mail", e);
            }
        }
        return mails;
    }

    /** The plain-text part, decoded. */
    private static String tekst(MimeMessage mail) {
        try {
            return (String) ((jakarta.mail.internet.MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        } catch (IOException | MessagingException e) {
            throw new AssertionError("unreadable mail", e);
        }
    }

    private static Map<String, List<String>> perAdres(List<MimeMessage> mails) throws MessagingException {
        Map<String, List<String>> result = new TreeMap<>();
        for (MimeMessage m : mails) {
            for (var aan : m.getAllRecipients()) {
                result.computeIfAbsent(((InternetAddress) aan).getAddress(), a -> new ArrayList<>()).add(m.getSubject());
            }
        }
        result.values().forEach(l -> l.sort(null));
        return result;
    }

    private static MimeMessage met(List<MimeMessage> mails, String onderwerp) throws MessagingException {
        for (MimeMessage m : mails) {
            if (onderwerp.equals(m.getSubject())) {
                return m;
            }
        }
        throw new AssertionError("no mail with subject " + onderwerp);
    }

    private void wachtTot(String wat, Supplier<String> nogNiet) {
        long tot = System.nanoTime() + WACHT.toNanos();
        String laatste = "";
        while (System.nanoTime() < tot) {
            laatste = nogNiet.get();
            if (laatste.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail(wat + ": not within " + WACHT + " (" + laatste + ")" + node.logTail());
    }

    // ---- HTTP

    private static String aanvraag(String titel) {
        return "{\"regeling\":\"bewonersinitiatief\",\"titel\":\"" + titel + "\",\"omschrijving\":\"Voor de hele straat\","
                + "\"activiteitOp\":\"" + VANDAAG.plusWeeks(10) + "\",\"gevraagd\":\"400.00\",\"schaal\":\"straat\","
                + "\"leeftijdAanvrager\":42,\"leeftijdenOndersteuners\":[],\"kenmerken\":[\"openbaar_toegankelijk\"]}";
    }

    private HttpResponse<String> expect(int status, HttpResponse<String> response) {
        return node.expect(status, response);
    }

    private String id(int status, HttpResponse<String> response) {
        return node.id(status, response);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }
}
