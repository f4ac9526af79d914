package nl.samenspraak.rest.internal.problem;

import java.util.List;

import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import nl.samenspraak.rest.internal.ApiProvider;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.api.budget.BoekingGeweigerdException;
import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.budget.GemeenteNietBediendException;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.RegelsOntbrekenException;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.RondeNietGevondenException;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;

/**
 * The domain's refusals as problem responses: one small mapper per exception, so JAX-RS picks the most
 * specific one and resources need no try/catch.
 */
public final class DomeinExceptionMappers {

    private DomeinExceptionMappers() {
    }

    /** 404: also what another gemeente's initiative looks like, so its existence is not revealed. */
    @Component
    public static class NietGevonden implements ExceptionMapper<InitiatiefNietGevondenException>, ApiProvider {
        @Override
        public Response toResponse(InitiatiefNietGevondenException e) {
            return Problems.response(404, e.getMessage());
        }
    }

    @Component
    public static class GemeenteNietBediend implements ExceptionMapper<GemeenteNietBediendException>, ApiProvider {
        @Override
        public Response toResponse(GemeenteNietBediendException e) {
            return Problems.response(404, e.getMessage());
        }
    }

    @Component
    public static class BudgetNietGevonden implements ExceptionMapper<BudgetNietGevondenException>, ApiProvider {
        @Override
        public Response toResponse(BudgetNietGevondenException e) {
            return Problems.response(404, e.getMessage());
        }
    }

    /** 409: the lifecycle does not allow this step now (or another change won the race). */
    @Component
    public static class OvergangNietToegestaan implements ExceptionMapper<OvergangNietToegestaanException>, ApiProvider {
        @Override
        public Response toResponse(OvergangNietToegestaanException e) {
            return Problems.response(409, e.getMessage());
        }
    }

    /** 409: the ledger rules refuse a booking (the subsidieplafond, a payment beyond the grant). */
    @Component
    public static class BoekingGeweigerd implements ExceptionMapper<BoekingGeweigerdException>, ApiProvider {
        @Override
        public Response toResponse(BoekingGeweigerdException e) {
            return Problems.response(409, e.getMessage());
        }
    }

    /** 503: no rules in force; the platform fails closed rather than decide on a default. */
    @Component
    public static class RegelsOntbreken implements ExceptionMapper<RegelsOntbrekenException>, ApiProvider {
        @Override
        public Response toResponse(RegelsOntbrekenException e) {
            return Problems.response(503, e.getMessage());
        }
    }

    /** 422: the gemeente's rules refuse the request; each reason names its article, so it can be contested. */
    @Component
    public static class VerzoekGeweigerd implements ExceptionMapper<VerzoekGeweigerdException>, ApiProvider {
        @Override
        public Response toResponse(VerzoekGeweigerdException e) {
            List<Problem.InvalidParam> redenen = e.redenen().stream()
                    .map(r -> new Problem.InvalidParam(e.veld(), r.toelichting() + " (" + r.artikel() + ")")).toList();
            return Problems.response(Problems.problem(422, e.getMessage(), redenen)).build();
        }
    }

    @Component
    public static class RondeNietGevonden implements ExceptionMapper<RondeNietGevondenException>, ApiProvider {
        @Override
        public Response toResponse(RondeNietGevondenException e) {
            return Problems.response(404, e.getMessage());
        }
    }

    /** 409: not in this phase of the round. */
    @Component
    public static class VerkeerdeFase implements ExceptionMapper<FaseException>, ApiProvider {
        @Override
        public Response toResponse(FaseException e) {
            return Problems.response(409, e.getMessage());
        }
    }

    /**
     * A refused ballot: 403 for a voting code that does not belong to this round (also one of another
     * gemeente), 409 for a second ballot or outside the voting phase, 422 for a ballot beyond its limits.
     */
    @Component
    public static class StemGeweigerd implements ExceptionMapper<StemGeweigerdException>, ApiProvider {
        @Override
        public Response toResponse(StemGeweigerdException e) {
            return switch (e.waarom()) {
                case ONBEKENDE_STEMCODE -> Problems.response(403, e.getMessage());
                case AL_GESTEMD, BUITEN_DE_STEMPERIODE -> Problems.response(409, e.getMessage());
                case ONGELDIG_STEMBILJET -> Problems.response(Problems.problem(422, e.getMessage(),
                        List.of(new Problem.InvalidParam("plannen", e.getMessage())))).build();
            };
        }
    }
}
