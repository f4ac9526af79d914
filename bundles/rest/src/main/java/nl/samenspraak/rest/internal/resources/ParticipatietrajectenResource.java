package nl.samenspraak.rest.internal.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.ParticipatietrajectService.NieuwTraject;
import nl.samenspraak.api.initiatief.ParticipatietrajectService;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * Participatietrajecten of the gemeente (burgerparticipatie): public to read; opened by its civil servants,
 * moved through voorbereiding, uitvoering and evaluatie (art. 150 Gemeentewet) by them or the traject's
 * procesbegeleider.
 */
@Path("gemeenten/{code}/participatietrajecten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participatietrajecten", description = "Trajecten van de gemeente waarin inwoners meedoen, met niveau en fase")
@Component
public class ParticipatietrajectenResource implements ApiResource {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private ParticipatietrajectService trajecten;

    @Reference
    private Toegang toegang;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "trajectStarten", summary = "Een participatietraject openen",
            description = "Voor ambtenaren van de gemeente; het traject begint in de fase voorbereiding.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "Het traject", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    public Response start(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code,
            TrajectInvoer invoer) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        TrajectInvoer t = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        Participatieniveau niveau = Invoer.keuze(fouten, "niveau", t.niveau(), Participatieniveau.class);
        OngeldigeInvoerException.alsNodig(fouten);
        Initiatief traject = trajecten.startTraject(code, new NieuwTraject(t.titel(), t.omschrijving(),
                Optional.ofNullable(t.wijk()), niveau, t.beleidsterrein()), ambtenaar.naam());
        return Response.created(uri.getAbsolutePathBuilder().path(traject.id()).build()).entity(InitiatiefWeergave.of(traject)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "traject", summary = "Een participatietraject", description = "Openbaar.")
    @ApiResponse(responseCode = "200", description = "Het traject", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public InitiatiefWeergave get(@PathParam("code") String code, @PathParam("id") String id) {
        return InitiatiefWeergave.of(traject(code, id));
    }

    @POST
    @Path("{id}/fase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "trajectFase", summary = "Het traject naar de volgende fase brengen",
            description = "Voor ambtenaren van de gemeente en de procesbegeleider van het traject: voorbereiding → uitvoering → "
                    + "evaluatie → afgesloten.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het traject", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    public InitiatiefWeergave naarFase(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            TrajectFaseInvoer invoer) {
        Gebruiker gebruiker = toegang.gebruiker(security);
        traject(code, id);
        boolean procesbegeleider = gebruiker.hoortBij(code) && initiatieven.deelnames(code, id).stream()
                .anyMatch(d -> d.gebruiker().equals(gebruiker.naam()) && d.rol() == Participatierol.PROCESBEGELEIDER);
        if (!gebruiker.heeft(Rol.AMBTENAAR, code) && !procesbegeleider) {
            throw new ProblemException(403, "Hiervoor is de rol " + Rol.AMBTENAAR.voor(code) + " of procesbegeleider van dit traject nodig");
        }
        TrajectFaseInvoer f = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        Status fase = Invoer.keuze(fouten, "fase", f.fase(), Status.class);
        OngeldigeInvoerException.alsNodig(fouten);
        return InitiatiefWeergave.of(trajecten.naarFase(code, id, fase, f.toelichting(), gebruiker.naam()));
    }

    private Initiatief traject(String code, String id) {
        Initiatief traject = initiatieven.get(code, id);
        if (traject.soort() != Initiatiefsoort.PARTICIPATIETRAJECT) {
            throw new InitiatiefNietGevondenException(code, id);
        }
        return traject;
    }

    @Schema(description = "Een nieuw participatietraject")
    public record TrajectInvoer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving, String wijk,
            @Schema(description = "informeren, raadplegen, adviseren, coproduceren of meebeslissen", requiredMode = Schema.RequiredMode.REQUIRED) String niveau,
            @Schema(example = "openbare ruimte", requiredMode = Schema.RequiredMode.REQUIRED) String beleidsterrein) {
    }

    @Schema(description = "De volgende fase van een traject, met waarom")
    public record TrajectFaseInvoer(@Schema(description = "uitvoering, evaluatie of afgesloten", requiredMode = Schema.RequiredMode.REQUIRED) String fase,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toelichting) {
    }
}
