package nl.samenspraak.rest.internal.resources;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * Tells a client who is signed in and for which gemeenten, so a front end can show what the user may do.
 */
@Path("mij")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Aanmelding", description = "De aangemelde gebruiker")
@Component
public class MijResource implements ApiResource {

    @Reference
    private Toegang toegang;

    @GET
    @Operation(operationId = "mij", summary = "De aangemelde gebruiker", description = "Naam, rollen en de gemeenten waarvoor de gebruiker een rol heeft.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De aangemelde gebruiker",
            content = @Content(schema = @Schema(implementation = Mij.class)))
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public Mij mij(@Context SecurityContext security) {
        Gebruiker gebruiker = toegang.gebruiker(security);
        return new Mij(gebruiker.naam(), List.copyOf(new TreeSet<>(gebruiker.rollen())), gebruiker.isBeheerder(),
                gebruiker.gemeenten());
    }

    @Schema(description = "De aangemelde gebruiker")
    public record Mij(String naam, @Schema(description = "Rollen, bijvoorbeeld ambtenaar:GM0518") List<String> rollen,
            @Schema(description = "Beheerder van het hele platform") boolean beheerder,
            @Schema(description = "Gemeenten waarvoor de gebruiker een rol heeft") Set<String> gemeenten) {
    }
}
