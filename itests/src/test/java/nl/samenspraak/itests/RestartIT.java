package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Data survives a restart of the distribution: the built archive is unpacked and run as a hosting provider
 * runs it ({@code bin/start-demo}, {@code bin/stop}, {@code bin/start}), on free ports. What was stored
 * before the stop (a budget and its ledger, a subsidieaanvraag with its besluit, an inspraak with a
 * zienswijze) is read again after the restart: the same ids, statuses, reasons and ledger.
 * <p>
 * Plain JUnit, no Pax Exam: the point is the real scripts and a real JVM exit ({@link Distributie}). Timeouts are generous for a
 * slow, shared machine; a failure quotes the tail of {@code data/log/karaf.log}.
 */
public class RestartIT {

    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private Distributie node;

    /** What the schema migration logs when the database knows the node's changelog already (SchemaStempel). */
    private static final String ZONDER_LIQUIBASE = "so Liquibase is not needed";

    /** The database the node runs on: the embedded Derby it ships with; a subclass switches it. */
    protected void kiesDatabase(Distributie node) throws Exception {
        // Derby under data/derby: nothing to configure
    }

    /**
     * Whether bin/start-demo gave the node the build's empty database (demo/derby), so that Liquibase has nothing to do
     * at the very first start either: on the shipped Derby, not on a database of the hosting provider.
     */
    protected boolean eersteStartOpLegeDemodatabase() {
        return true;
    }

    @Test
    public void dataSurvivesARestartOfTheDistribution() throws Exception {
        try (Distributie d = Distributie.uitpakken(getClass().getSimpleName())) {
            node = d;
            kiesDatabase(d);
            d.startDemo();
            long firstPid = d.pid();
            assertEquals("Liquibase left out at the first start" + d.logTail(), eersteStartOpLegeDemodatabase() ? 1 : 0,
                    keren(d.log(), ZONDER_LIQUIBASE));

            Gegevens voor = maakGegevens();
            Map<String, String> beeld = momentopname(voor);

            d.stop();
            int zonderLiquibase = keren(d.log(), ZONDER_LIQUIBASE);
            d.start();
            assertTrue("a new JVM serves after the restart", d.pid() != firstPid);
            // the schema is the changelog's, recorded at the first start: the restart asks the database once, not Liquibase
            assertEquals(d.logTail(), zonderLiquibase + 1, keren(d.log(), ZONDER_LIQUIBASE));

            Map<String, String> daarna = momentopname(voor);
            for (String pad : beeld.keySet()) {
                assertEquals("after the restart, " + pad + d.logTail(), beeld.get(pad), daarna.get(pad));
            }
            // the content, not only its equality: the besluit's reasons and the ledger are really there
            JsonNode aanvraag = json(get("/gemeenten/GM0222/subsidieaanvragen/" + voor.aanvraag, "ambtenaar-doetinchem"));
            assertEquals("verleend", aanvraag.at("/aanvraag/status").asText());
            assertEquals(voor.besluit, aanvraag.at("/besluiten/0/id").asText());
            assertEquals(voor.redenen, aanvraag.at("/besluiten/0/redenen").toString());
            JsonNode boekingen = json(get("/gemeenten/GM0222/budgetten/" + voor.budget + "/boekingen", "ambtenaar-doetinchem"))
                    .get("boekingen");
            assertEquals(boekingen.toString(), 1, boekingen.size());
            assertEquals("toekenning", boekingen.get(0).get("soort").asText());
            assertEquals("400.00", boekingen.get(0).get("bedrag").asText());
            assertEquals(voor.aanvraag, boekingen.get(0).get("referentie").asText());
            JsonNode zienswijzen = json(get("/gemeenten/GM0222/inspraak/" + voor.inspraak + "/zienswijzen", "ambtenaar-doetinchem"))
                    .get("zienswijzen");
            assertEquals(voor.zienswijze, zienswijzen.get(0).get("id").asText());
            assertEquals("Meer bomen in het park", zienswijzen.get(0).get("inhoud").asText());
        }
    }

    // ---- the data

    record Gegevens(String budget, String aanvraag, String besluit, String redenen, String inspraak, String zienswijze) {
    }

    private Gegevens maakGegevens() {
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        String pad = "/gemeenten/GM0222";
        String budget = id(201, post(pad + "/budgetten", "ambtenaar-doetinchem", "{\"naam\":\"Bewonersinitiatieven Doetinchem\","
                + "\"regeling\":\"bewonersinitiatief\",\"van\":\"" + vandaag.withDayOfYear(1) + "\",\"tot\":\""
                + vandaag.withDayOfYear(1).plusYears(1).minusDays(1) + "\",\"plafond\":\"5000.00\"}"));
        String aanvraag = id(201, post(pad + "/subsidieaanvragen", "inwoner-doetinchem", "{\"regeling\":\"bewonersinitiatief\","
                + "\"titel\":\"Buurtfeest De Huet\",\"omschrijving\":\"Een feest voor de hele buurt\",\"activiteitOp\":\""
                + vandaag.plusDays(30) + "\",\"gevraagd\":\"400.00\",\"schaal\":\"buurt\",\"leeftijdAanvrager\":40,"
                + "\"kenmerken\":[\"openbaar_toegankelijk\"]}"));
        HttpResponse<String> besluitAntwoord = post(pad + "/subsidieaanvragen/" + aanvraag + "/besluit", "ambtenaar-doetinchem", "{}");
        JsonNode besluit = json(expect(200, besluitAntwoord));
        assertEquals(besluit.toString(), "toegekend", besluit.get("uitkomst").asText());
        String inspraak = id(201, post(pad + "/inspraak", "ambtenaar-doetinchem", "{\"titel\":\"Ontwerp groenbeleid\","
                + "\"omschrijving\":\"Ontwerpnota\",\"besluitsoort\":\"beleidsnota\",\"onderwerp\":\"overig\",\"terInzageVanaf\":\""
                + vandaag + "\"}"));
        String zienswijze = id(201, post(pad + "/inspraak/" + inspraak + "/zienswijzen", "inwoner-doetinchem",
                "{\"inhoud\":\"Meer bomen in het park\",\"leeftijd\":40}"));
        return new Gegevens(budget, aanvraag, besluit.get("id").asText(), besluit.get("redenen").toString(), inspraak, zienswijze);
    }

    /** Everything the gemeente's civil servant can read of it; every read must succeed. */
    private Map<String, String> momentopname(Gegevens g) {
        String pad = "/gemeenten/GM0222";
        Map<String, String> beeld = new LinkedHashMap<>();
        for (String p : List.of(pad + "/budgetten/" + g.budget(), pad + "/budgetten/" + g.budget() + "/boekingen",
                pad + "/subsidieaanvragen/" + g.aanvraag(), pad + "/initiatieven/" + g.aanvraag() + "/overgangen",
                pad + "/initiatieven/" + g.aanvraag() + "/besluiten", pad + "/initiatieven/" + g.aanvraag() + "/deelnemers",
                pad + "/inspraak/" + g.inspraak(), pad + "/inspraak/" + g.inspraak() + "/zienswijzen", pad + "/initiatieven")) {
            beeld.put(p, json(expect(200, get(p, "ambtenaar-doetinchem"))).toString());
        }
        return beeld;
    }

    // ---- HTTP

    private HttpResponse<String> get(String path, String user) {
        return node.get(path, user);
    }

    private HttpResponse<String> post(String path, String user, String body) {
        return node.post(path, user, body);
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

    private static int keren(String tekst, String zin) {
        int keren = 0;
        for (int i = tekst.indexOf(zin); i >= 0; i = tekst.indexOf(zin, i + zin.length())) {
            keren++;
        }
        return keren;
    }
}
