package nl.samenspraak.rest.internal.resources;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.security.Toegang;

@Path("gemeenten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Gemeenten", description = "De gemeenten die het platform bedient, met hun wijken")
@Component
public class GemeentenResource implements ApiResource {

    @Reference
    private GemeenteRegistry registry;

    @Reference
    private Toegang toegang;

    @GET
    @Operation(operationId = "gemeenten", summary = "Alle gemeenten", description = "Openbaar. De gemeenten die het platform nu bedient, op CBS-code.")
    @ApiResponse(responseCode = "200", description = "De gemeenten",
            content = @Content(schema = @Schema(implementation = GemeentenLijst.class)))
    public GemeentenLijst list() {
        return new GemeentenLijst(registry.list().stream().map(GemeenteSamenvatting::of).toList());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "gemeente", summary = "Eén gemeente met haar wijken", description = "Openbaar.")
    @ApiResponse(responseCode = "200", description = "De gemeente",
            content = @Content(schema = @Schema(implementation = GemeenteDetail.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public GemeenteDetail get(
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0518") @PathParam("code") String code) {
        return GemeenteDetail.of(gemeente(code));
    }

    @GET
    @Path("{code}/registratie")
    @Operation(operationId = "gemeenteRegistratie", summary = "Registratie van de gemeente op het platform",
            description = "Voor ambtenaren van deze gemeente en beheerders: sinds wanneer het platform de gemeente "
                    + "bedient en wanneer haar configuratie het laatst wijzigde.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De registratie",
            content = @Content(schema = @Schema(implementation = GemeenteRegistratie.class)))
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public GemeenteRegistratie registratie(@Context SecurityContext security,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0518") @PathParam("code") String code) {
        toegang.vereis(security, Rol.AMBTENAAR, code);
        Gemeente gemeente = gemeente(code);
        return registry.registratie(code).map(GemeenteRegistratie::of).orElseThrow(() -> new ProblemException(503,
                "De registratie van " + gemeente.code() + " is nog niet opgeslagen; probeer het zo opnieuw"));
    }

    private Gemeente gemeente(String code) {
        return BediendeGemeente.vind(registry, code);
    }

    @Schema(description = "De gemeenten die het platform bedient")
    public record GemeentenLijst(List<GemeenteSamenvatting> gemeenten) {
    }

    @Schema(description = "Een gemeente in een lijst")
    public record GemeenteSamenvatting(@Schema(description = "CBS-gemeentecode", example = "GM0518") String code,
            @Schema(description = "Naam", example = "'s-Gravenhage") String naam,
            @Schema(description = "Aantal wijken op het platform") int aantalWijken) {
        static GemeenteSamenvatting of(Gemeente g) {
            return new GemeenteSamenvatting(g.code(), g.naam(), g.wijken().size());
        }
    }

    @Schema(description = "Een gemeente met haar wijken")
    public record GemeenteDetail(@Schema(description = "CBS-gemeentecode", example = "GM0518") String code,
            @Schema(description = "Naam", example = "'s-Gravenhage") String naam, List<WijkWeergave> wijken) {
        static GemeenteDetail of(Gemeente g) {
            return new GemeenteDetail(g.code(), g.naam(),
                    g.wijken().stream().map(w -> new WijkWeergave(w.code(), w.naam())).toList());
        }
    }

    @Schema(description = "Een wijk")
    public record WijkWeergave(@Schema(description = "CBS-wijkcode", example = "WK051836") String code,
            @Schema(description = "Naam", example = "Moerwijk") String naam) {
    }

    @Schema(description = "Registratie van een gemeente op het platform")
    public record GemeenteRegistratie(String code, String naam,
            @Schema(description = "Eerste configuratie (ISO 8601)") String eersteConfiguratie,
            @Schema(description = "Laatste wijziging van de configuratie (ISO 8601)") String laatsteConfiguratie) {
        static GemeenteRegistratie of(nl.samenspraak.api.gemeente.GemeenteRecord r) {
            return new GemeenteRegistratie(r.code(), r.naam(), r.firstConfigured().toString(),
                    r.lastConfigured().toString());
        }
    }
}
