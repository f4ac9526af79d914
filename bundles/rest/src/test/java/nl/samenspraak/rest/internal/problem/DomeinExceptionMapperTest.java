package nl.samenspraak.rest.internal.problem;

import static org.junit.Assert.assertEquals;

import java.util.List;

import javax.ws.rs.ext.ExceptionMapper;

import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.budget.PlafondOverschredenException;
import nl.samenspraak.api.gemeente.GemeenteNietBediendException;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.OvergangNietToegestaanException;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.VerzoekGeweigerdException;
import nl.samenspraak.api.regels.RegelsOntbrekenException;
import nl.samenspraak.api.validatie.DomeinException;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.validatie.TeVaakGeprobeerdException;
import nl.samenspraak.api.wijkbudget.FaseException;
import nl.samenspraak.api.wijkbudget.RondeNietGevondenException;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException.Waarom;
import nl.samenspraak.rules.Reden;

/** One mapper answers every refusal of the domain with the status and problem body each had before. */
public class DomeinExceptionMapperTest {

    private final ExceptionMapper<DomeinException> mapper = new DomeinExceptionMapper();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    public void eachKindOfRefusalGetsItsStatus() {
        assertEquals(404, status(new InitiatiefNietGevondenException("GM0518", "x")));
        assertEquals(404, status(new GemeenteNietBediendException("GM9999")));
        assertEquals(404, status(new BudgetNietGevondenException("GM0518", "b")));
        assertEquals(404, status(new RondeNietGevondenException("GM0518", "r")));
        assertEquals(409, status(new OvergangNietToegestaanException("moved on", Status.INGEDIEND)));
        assertEquals(409, status(new PlafondOverschredenException(BoekingSoort.TOEKENNING, Bedrag.euro(10), Bedrag.euro(5))));
        assertEquals(409, status(new FaseException("not now")));
        assertEquals(503, status(new RegelsOntbrekenException("no rules")));
        assertEquals(403, status(new StemGeweigerdException(Waarom.ONBEKENDE_STEMCODE, "unknown code")));
        assertEquals(409, status(new StemGeweigerdException(Waarom.AL_GESTEMD, "voted")));
        assertEquals(409, status(new StemGeweigerdException(Waarom.BUITEN_DE_STEMPERIODE, "closed")));
        assertEquals(422, status(new StemGeweigerdException(Waarom.ONGELDIG_STEMBILJET, "too many")));
        assertEquals(422, status(new VerzoekGeweigerdException("onderwerp", new Reden("art. 3", "Uitgesloten."))));
        assertEquals(400, status(new OngeldigeInvoerException("titel", "verplicht")));
    }

    @Test
    public void tooManyWrongCodesIs429WithRetryAfterInWholeSeconds() {
        javax.ws.rs.core.Response response = mapper.toResponse(
                new TeVaakGeprobeerdException("Te veel onjuiste stemcodes", java.time.Duration.ofMillis(1_500)));
        assertEquals(429, response.getStatus());
        assertEquals("2", response.getHeaderString("Retry-After"));
    }

    @Test
    public void problemBodiesNameTheFieldsAsBefore() throws Exception {
        assertEquals("{\"type\":\"https://samenspraak.nl/problemen/niet-toegestaan-door-regels\",\"title\":\"Niet toegestaan door "
                + "de regels van de gemeente\",\"status\":422,\"detail\":\"Uitgesloten. (art. 3)\",\"invalidParams\":"
                + "[{\"name\":\"onderwerp\",\"reason\":\"Uitgesloten. (art. 3)\"}]}",
                body(new VerzoekGeweigerdException("onderwerp", new Reden("art. 3", "Uitgesloten."))));
        assertEquals("{\"type\":\"https://samenspraak.nl/problemen/niet-toegestaan-door-regels\",\"title\":\"Niet toegestaan door "
                + "de regels van de gemeente\",\"status\":422,\"detail\":\"too many\",\"invalidParams\":"
                + "[{\"name\":\"plannen\",\"reason\":\"too many\"}]}",
                body(new StemGeweigerdException(Waarom.ONGELDIG_STEMBILJET, "too many")));
        assertEquals("{\"type\":\"https://samenspraak.nl/problemen/ongeldig-verzoek\",\"title\":\"Ongeldig verzoek\","
                + "\"status\":400,\"detail\":\"2 velden voldoen niet\",\"invalidParams\":[{\"name\":\"titel\",\"reason\":"
                + "\"verplicht\"},{\"name\":\"wijk\",\"reason\":\"onbekend\"}]}",
                body(new OngeldigeInvoerException(List.of(new Overtreding("titel", "verplicht"), new Overtreding("wijk", "onbekend")))));
        assertEquals("{\"type\":\"https://samenspraak.nl/problemen/conflict\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"not now\"}", body(new FaseException("not now")));
    }

    private int status(DomeinException e) {
        return mapper.toResponse(e).getStatus();
    }

    private String body(DomeinException e) throws Exception {
        return json.writeValueAsString(DomeinExceptionMapper.problem(e));
    }
}
