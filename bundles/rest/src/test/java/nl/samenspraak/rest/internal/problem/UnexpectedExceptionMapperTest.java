package nl.samenspraak.rest.internal.problem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.EOFException;
import java.io.IOException;

import javax.ws.rs.core.Response;

import org.junit.Test;

/** A client that breaks off is not an incident; anything unforeseen on our side is. */
public class UnexpectedExceptionMapperTest {

    private final UnexpectedExceptionMapper mapper = new UnexpectedExceptionMapper();

    @Test
    public void aConnectionTheClientBrokeOffIsNoIncident() {
        // as CXF hands it over when Jetty could not write the answer: Jetty's EofException is an EOFException
        Throwable verbroken = new IllegalStateException("Problem with writing the data", new IOException(new EOFException()));

        Response antwoord = mapper.toResponse(verbroken);

        assertTrue(UnexpectedExceptionMapper.verbindingVerbroken(verbroken));
        assertEquals(400, antwoord.getStatus());
        assertFalse(String.valueOf(antwoord.getEntity()).contains("incident"));
    }

    @Test
    public void anythingElseIsAnIncidentWithAnId() {
        Throwable fout = new IllegalStateException("bug", new IOException("disk full"));

        Response antwoord = mapper.toResponse(fout);

        assertFalse(UnexpectedExceptionMapper.verbindingVerbroken(fout));
        assertEquals(500, antwoord.getStatus());
        assertTrue(String.valueOf(antwoord.getEntity()), String.valueOf(antwoord.getEntity()).contains("incident"));
    }
}
