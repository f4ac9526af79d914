package nl.samenspraak.rest.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;

import org.junit.Test;

public class ToegestaneMethodenTest {

    @Path("health")
    public static class Alleenlezen {
        @GET
        public String lees() {
            return "";
        }
    }

    @Path("gemeenten/{code}/budgetten")
    public static class Budgetten {
        @GET
        public String lijst() {
            return "";
        }

        @POST
        public void maak() {
        }

        @GET
        @Path("{id}")
        public String een() {
            return "";
        }

        @DELETE
        @Path("{id: [a-z]+}/boekingen")
        public void weg() {
        }
    }

    private final ToegestaneMethoden methoden = new ToegestaneMethoden(List.of(Alleenlezen.class, Budgetten.class));

    @Test
    public void aPathNamesOnlyItsOwnMethods() {
        assertEquals(Optional.of(Set.of("GET", "HEAD", "OPTIONS")), methoden.voor("health"));
        assertEquals(Optional.of(Set.of("GET", "HEAD", "OPTIONS", "POST")), methoden.voor("/gemeenten/GM0222/budgetten"));
        assertEquals(Optional.of(Set.of("GET", "HEAD", "OPTIONS")), methoden.voor("gemeenten/GM0222/budgetten/b1"));
        assertEquals(Optional.of(Set.of("DELETE", "OPTIONS")), methoden.voor("gemeenten/GM0222/budgetten/abc/boekingen"));
    }

    @Test
    public void anUnknownPathHasNoAnswer() {
        assertEquals(Optional.empty(), methoden.voor("gemeenten/GM0222/budgetten/123/boekingen"));
        assertEquals(Optional.empty(), methoden.voor("onbekend"));
    }
}
