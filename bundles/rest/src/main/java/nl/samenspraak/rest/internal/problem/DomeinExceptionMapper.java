package nl.samenspraak.rest.internal.problem;

import java.util.List;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.api.validatie.DomeinException;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.TeVaakGeprobeerdException;
import nl.samenspraak.rest.internal.ApiProvider;

/**
 * Every refusal of the domain as a problem, by its kind, so resources need no try/catch: 400 naming each
 * field, 403 for a credential that opens nothing here, 404 (also what another gemeente's things look like,
 * so their existence is not revealed), 409 when the state, lifecycle, phase or ledger does not allow it now,
 * 422 when the gemeente's rules refuse it (each reason names its article, so it can be contested), 429 with
 * Retry-After after too many wrong voting codes, 503 when no rules are in force (the platform fails closed
 * rather than decide on a default).
 */
@Component
public class DomeinExceptionMapper implements ExceptionMapper<DomeinException>, ApiProvider {

    @Override
    public Response toResponse(DomeinException e) {
        Response.ResponseBuilder response = Problems.response(problem(e));
        if (e instanceof TeVaakGeprobeerdException teVaak) {
            response.header(HttpHeaders.RETRY_AFTER, TeVaakGeprobeerdException.seconden(teVaak.wachttijd()));
        }
        return response.build();
    }

    static Problem problem(DomeinException e) {
        return switch (e.aard()) {
            case ONGELDIG -> e instanceof OngeldigeInvoerException ongeldig ? Problems.invalid(ongeldig)
                    : Problems.problem(400, e.getMessage(), params(e));
            case GEEN_TOEGANG -> Problems.problem(403, e.getMessage(), params(e));
            case NIET_GEVONDEN -> Problems.problem(404, e.getMessage(), params(e));
            case CONFLICT -> Problems.problem(409, e.getMessage(), params(e));
            case GEWEIGERD -> Problems.problem(422, e.getMessage(), params(e));
            case ONBESCHIKBAAR -> Problems.problem(503, e.getMessage(), params(e));
            case TE_VAAK -> Problems.problem(429, e.getMessage(), params(e));
        };
    }

    private static List<Problem.InvalidParam> params(DomeinException e) {
        return e.overtredingen().stream().map(o -> new Problem.InvalidParam(o.veld(), o.reden())).toList();
    }
}
