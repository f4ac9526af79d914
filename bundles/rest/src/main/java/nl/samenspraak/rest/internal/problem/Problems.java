package nl.samenspraak.rest.internal.problem;

import java.util.List;
import java.util.Map;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.Response.Status;

import nl.samenspraak.api.validatie.OngeldigeInvoerException;

/**
 * Builds problem responses with Dutch titles per status, so every error of the API reads the same.
 */
public final class Problems {

    private static final Map<Integer, String> SLUGS = Map.ofEntries(
            Map.entry(400, "ongeldig-verzoek"), Map.entry(401, "niet-aangemeld"), Map.entry(403, "geen-toegang"),
            Map.entry(404, "niet-gevonden"), Map.entry(405, "methode-niet-toegestaan"),
            Map.entry(406, "niet-acceptabel"), Map.entry(409, "conflict"),
            Map.entry(415, "mediatype-niet-ondersteund"), Map.entry(422, "niet-toegestaan-door-regels"), Map.entry(429, "te-veel-verzoeken"), Map.entry(500, "interne-fout"),
            Map.entry(503, "niet-beschikbaar"));

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Ongeldig verzoek"), Map.entry(401, "Niet aangemeld"), Map.entry(403, "Geen toegang"),
            Map.entry(404, "Niet gevonden"), Map.entry(405, "Methode niet toegestaan"),
            Map.entry(406, "Gevraagd formaat niet beschikbaar"), Map.entry(409, "Conflict"),
            Map.entry(415, "Mediatype niet ondersteund"), Map.entry(422, "Niet toegestaan door de regels van de gemeente"), Map.entry(429, "Te veel pogingen"), Map.entry(500, "Interne fout"),
            Map.entry(503, "Tijdelijk niet beschikbaar"));

    private Problems() {
    }

    public static Problem problem(int status, String detail, List<Problem.InvalidParam> invalidParams) {
        String slug = SLUGS.getOrDefault(status, String.valueOf(status));
        Status known = Status.fromStatusCode(status);
        String title = TITLES.getOrDefault(status, known == null ? "Fout " + status : known.getReasonPhrase());
        return new Problem(Problem.TYPE_BASE + slug, title, status, detail, null, invalidParams);
    }

    /** 400 naming every field the domain refused, so a client can show each next to its input. */
    public static Problem invalid(OngeldigeInvoerException exception) {
        List<Problem.InvalidParam> params = exception.overtredingen().stream()
                .map(o -> new Problem.InvalidParam(o.veld(), o.reden())).toList();
        return problem(400, params.size() == 1 ? "Een veld voldoet niet" : params.size() + " velden voldoen niet",
                params);
    }

    public static Response.ResponseBuilder response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA).entity(problem);
    }

    public static Response response(int status, String detail) {
        return response(problem(status, detail, List.of())).build();
    }
}
