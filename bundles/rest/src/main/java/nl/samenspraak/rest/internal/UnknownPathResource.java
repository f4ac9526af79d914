package nl.samenspraak.rest.internal;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/**
 * Answers every path below {@code /api} that no API version serves, e.g. {@code /api/v2/...}, whatever the
 * method (JAX-RS allows one method annotation per Java method).
 */
@Path("{path: .*}")
public class UnknownPathResource {

    private static NotFoundException unknown() {
        return new NotFoundException("Deze resource bestaat niet; de API staat onder /api/v1");
    }

    @GET
    public void get() {
        throw unknown();
    }

    @HEAD
    public void head() {
        throw unknown();
    }

    @OPTIONS
    public void options() {
        throw unknown();
    }

    @POST
    public void post() {
        throw unknown();
    }

    @PUT
    public void put() {
        throw unknown();
    }

    @PATCH
    public void patch() {
        throw unknown();
    }

    @DELETE
    public void delete() {
        throw unknown();
    }
}
