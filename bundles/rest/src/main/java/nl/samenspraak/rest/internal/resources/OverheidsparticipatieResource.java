package nl.samenspraak.rest.internal.resources;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.initiatief.Overheidsparticipatie;
import nl.samenspraak.api.initiatief.OverheidsparticipatieService;
import nl.samenspraak.api.initiatief.OverheidsparticipatieService.NieuweOverheidsparticipatie;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * Overheidsparticipatie: how the gemeente takes part in a residents' initiative (partner, adviseur or ondersteuner;
 * with what; who the contact is). Read by whoever may see the initiative; a new version recorded by the gemeente's
 * ambtenaren. Every version stays, numbered from 1; the highest holds.
 */
@Path("gemeenten/{code}/initiatieven/{id}/overheidsparticipatie")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Overheidsparticipatie", description = "Hoe de gemeente meedoet aan een bewonersinitiatief, met elke versie")
@Component
public class OverheidsparticipatieResource implements ApiResource {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private OverheidsparticipatieService deelnames;

    @Reference
    private Toegang toegang;

    @GET
    @Operation(operationId = "overheidsparticipatie", summary = "Hoe de gemeente meedoet aan een bewonersinitiatief",
            description = "Wat nu geldt en elke versie, oudste eerst. Zichtbaar voor wie het initiatief mag zien.")
    @ApiResponse(responseCode = "200", description = "De overheidsparticipatie",
            content = @Content(schema = @Schema(implementation = OverheidsparticipatieLijst.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public OverheidsparticipatieLijst lijst(@Context SecurityContext security,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0222") @PathParam("code") String code,
            @Parameter(description = "Id van het bewonersinitiatief") @PathParam("id") String id) {
        zichtbaar(security, code, id);
        List<OverheidsparticipatieWeergave> versies = versies(code, id);
        return new OverheidsparticipatieLijst(versies.isEmpty() ? null : versies.get(versies.size() - 1), versies);
    }

    @GET
    @Path("{versie}")
    @Operation(operationId = "overheidsparticipatieVersie", summary = "Eén versie van de overheidsparticipatie",
            description = "Zichtbaar voor wie het initiatief mag zien.")
    @ApiResponse(responseCode = "200", description = "De versie",
            content = @Content(schema = @Schema(implementation = OverheidsparticipatieWeergave.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public OverheidsparticipatieWeergave versie(@Context SecurityContext security,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0222") @PathParam("code") String code,
            @Parameter(description = "Id van het bewonersinitiatief") @PathParam("id") String id,
            @Parameter(description = "Versie: 1, 2, 3, ...") @PathParam("versie") int versie) {
        zichtbaar(security, code, id);
        List<OverheidsparticipatieWeergave> versies = versies(code, id);
        if (versie < 1 || versie > versies.size()) {
            throw new ProblemException(404, "Initiatief " + id + " heeft geen overheidsparticipatie met versie " + versie);
        }
        return versies.get(versie - 1);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "overheidsparticipatieVastleggen", summary = "Vastleggen hoe de gemeente nu meedoet",
            description = "Voor ambtenaren van de gemeente. Een nieuwe versie vervangt wat gold; de vorige blijven. De aanvrager "
                    + "leest het op de pagina van het initiatief.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "De nieuwe versie; de header Location wijst ernaar",
            content = @Content(schema = @Schema(implementation = OverheidsparticipatieWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public Response legVast(@Context SecurityContext security, @Context UriInfo uri,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0222") @PathParam("code") String code,
            @Parameter(description = "Id van het bewonersinitiatief") @PathParam("id") String id, OverheidsparticipatieInvoer invoer) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        OverheidsparticipatieInvoer o = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        Overheidsparticipatie.Rol rol = Invoer.keuze(fouten, "rol", o.rol(), Overheidsparticipatie.Rol.class);
        Set<Overheidsparticipatie.Bijdrage> bijdragen = EnumSet.noneOf(Overheidsparticipatie.Bijdrage.class);
        for (String bijdrage : Optional.ofNullable(o.bijdragen()).orElse(List.of())) {
            Optional.ofNullable(Invoer.keuze(fouten, "bijdragen", bijdrage, Overheidsparticipatie.Bijdrage.class))
                    .ifPresent(bijdragen::add);
        }
        OngeldigeInvoerException.alsNodig(fouten);
        Overheidsparticipatie vastgelegd = deelnames.legVast(code, id, new NieuweOverheidsparticipatie(rol, bijdragen,
                o.toelichting(), o.contactpersoon(), o.contact()), ambtenaar.naam());
        int versie = versieVan(deelnames.geschiedenis(code, id), vastgelegd);
        URI location = uri.getAbsolutePathBuilder().path(String.valueOf(versie)).build();
        return Response.created(location).entity(OverheidsparticipatieWeergave.of(versie, vastgelegd)).build();
    }

    /**
     * The number of the version just recorded: the last one that says the same, by the same ambtenaar. Compared without
     * the time, which the database may keep at a coarser precision than the clock gave.
     */
    static int versieVan(List<Overheidsparticipatie> geschiedenis, Overheidsparticipatie vastgelegd) {
        for (int i = geschiedenis.size() - 1; i >= 0; i--) {
            Overheidsparticipatie o = geschiedenis.get(i);
            if (o.rol() == vastgelegd.rol() && o.bijdragen().equals(vastgelegd.bijdragen())
                    && o.toelichting().equals(vastgelegd.toelichting()) && o.contactpersoon().equals(vastgelegd.contactpersoon())
                    && o.contact().equals(vastgelegd.contact()) && o.vastgelegdDoor().equals(vastgelegd.vastgelegdDoor())) {
                return i + 1;
            }
        }
        return geschiedenis.size();
    }

    private List<OverheidsparticipatieWeergave> versies(String code, String id) {
        List<Overheidsparticipatie> geschiedenis = deelnames.geschiedenis(code, id);
        List<OverheidsparticipatieWeergave> versies = new ArrayList<>();
        for (int i = 0; i < geschiedenis.size(); i++) {
            versies.add(OverheidsparticipatieWeergave.of(i + 1, geschiedenis.get(i)));
        }
        return versies;
    }

    /** The residents' initiative as this caller may see it; anything else, or another gemeente's, is not found. */
    private Initiatief zichtbaar(SecurityContext security, String code, String id) {
        Initiatief initiatief = initiatieven.get(code, id);
        if (initiatief.soort() != Initiatiefsoort.BEWONERSINITIATIEF) {
            throw new InitiatiefNietGevondenException(code, id);
        }
        return Inzage.zichtbaar(toegang.aangemeld(security), initiatief, initiatieven.deelnames(code, id));
    }
}
