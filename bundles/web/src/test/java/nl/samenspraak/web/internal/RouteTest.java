package nl.samenspraak.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

public class RouteTest {

    @Test
    public void matchesLiteralsAndNamesTheParameters() {
        Route route = new Route("/gemeenten/{gemeente}/initiatieven/{id}");
        assertEquals(Optional.of(Map.of("gemeente", "GM0222", "id", "abc")),
                route.match("/gemeenten/GM0222/initiatieven/abc"));
        assertTrue(route.match("/gemeenten/GM0222/initiatieven").isEmpty());
        assertTrue(route.match("/gemeenten/GM0222/initiatieven/abc/extra").isEmpty());
        assertTrue(route.match("/gemeenten//initiatieven/abc").isEmpty());
        assertTrue(route.match("/gemeente/GM0222/initiatieven/abc").isEmpty());
    }

    @Test
    public void rootMatchesOnlyRoot() {
        Route root = new Route("/");
        assertEquals(Optional.of(Map.of()), root.match("/"));
        assertTrue(root.match("/privacy").isEmpty());
    }

    @Test
    public void aLiteralSegmentWinsOverAParameter() {
        List<Route> routes = new ArrayList<>(List.of(new Route("/gemeenten/{gemeente}/initiatieven/{id}"),
                new Route("/gemeenten/{gemeente}/initiatieven/nieuw")));
        routes.sort(Route.SPECIFIEKSTE_EERST);
        assertEquals("/gemeenten/{gemeente}/initiatieven/nieuw", routes.get(0).template());
    }

    @Test
    public void refusesTemplatesThatAreNotPathsOfWholeSegments() {
        assertThrows(IllegalArgumentException.class, () -> new Route("privacy"));
        assertThrows(IllegalArgumentException.class, () -> new Route("/a/{b"));
        assertThrows(IllegalArgumentException.class, () -> new Route("/a/x{b}"));
    }
}
