package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A wijkbudget round of Doetinchem (GM0222, wijk De Huet) open for voting, set up through the API of running
 * distributions as a gemeente does it: a budget, one feasible plan, personal voting codes, the vote opened.
 * With two nodes the steps alternate between them, as behind a load balancer.
 */
record Stemronde(String pad, String plan, List<String> codes) {

    static final String GM0222 = "/gemeenten/GM0222";
    private static final String AMBTENAAR = "ambtenaar-doetinchem";
    private static final String INWONER = "inwoner-doetinchem";

    static Stemronde openen(Distributie a, Distributie b, String titel, int kiezers) {
        String vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();
        String budget = id(a.post(GM0222 + "/budgetten", AMBTENAAR, "{\"naam\":\"" + titel + "\",\"wijk\":\"WK022291\","
                + "\"regeling\":\"wijkbudget\",\"van\":\"2025-01-01\",\"tot\":\"2030-12-31\",\"plafond\":\"50000.00\"}"));
        String ronde = id(a.post(GM0222 + "/wijkbudgetten", AMBTENAAR, "{\"titel\":\"" + titel + "\",\"wijk\":\"WK022291\","
                + "\"bedrag\":\"50000.00\",\"budgetId\":\"" + budget + "\",\"proces\":\"stemming-mes\",\"planning\":{\"stemmen\":\""
                + vandaag + "\"}}"));
        String pad = GM0222 + "/wijkbudgetten/" + ronde;
        String plan = id(a.post(pad + "/plannen", INWONER, "{\"titel\":\"Speeltuin\",\"omschrijving\":\"Voor de wijk\","
                + "\"geschatteKosten\":\"20000.00\"}"));
        ok(b.post(pad + "/fase", AMBTENAAR, "{\"fase\":\"haalbaarheidstoets\"}"));
        ok(b.post(pad + "/plannen/" + plan + "/haalbaarheid", AMBTENAAR, "{\"haalbaar\":true,\"toelichting\":\"Uitvoerbaar\"}"));
        StringBuilder lijst = new StringBuilder();
        for (int i = 0; i < kiezers; i++) {
            lijst.append(i == 0 ? "" : ",").append("{\"kenmerk\":\"").append(titel.replace(' ', '-')).append('-').append(i)
                    .append("\",\"geboortedatum\":\"1980-01-01\",\"wijk\":\"WK022291\"}");
        }
        List<String> codes = new ArrayList<>();
        ApiClient.json(ok(b.post(pad + "/stempassen", AMBTENAAR, "{\"kiezers\":[" + lijst + "]}"))).get("uitgegeven")
                .forEach(code -> codes.add(code.asText()));
        assertEquals(kiezers, codes.size());
        ok(a.post(pad + "/fase", AMBTENAAR, "{\"fase\":\"stemmen\"}"));
        return new Stemronde(pad, plan, List.copyOf(codes));
    }

    /** Casts the ballot of code {@code i} for the plan; the node acknowledges it with 201 and a receipt. */
    HttpResponse<String> stem(Distributie node, int i) {
        return node.post(pad + "/stemmen", null, "{\"stemcode\":\"" + codes.get(i) + "\",\"plannen\":[\"" + plan + "\"]}");
    }

    /** The receipt of an acknowledged ballot, else null. */
    static String ontvangstbewijs(HttpResponse<String> antwoord) {
        return antwoord.statusCode() == 201 ? ApiClient.json(antwoord).get("ontvangstbewijs").asText() : null;
    }

    /** The round's Pabulib export, which lists every ballot in it by its receipt. */
    String export(Distributie node) {
        return ok(node.get(pad + "/pabulib", AMBTENAAR)).body();
    }

    static HttpResponse<String> ok(HttpResponse<String> antwoord) {
        assertTrue(antwoord.request().uri() + ": " + antwoord.statusCode() + " " + antwoord.body(),
                antwoord.statusCode() == 200 || antwoord.statusCode() == 201);
        return antwoord;
    }

    static String id(HttpResponse<String> antwoord) {
        return ApiClient.json(ok(antwoord)).get("id").asText();
    }
}
