package nl.samenspraak.rest.internal.resources;

import java.util.List;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
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
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefService.Filter;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Participatierol;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.BesluitWeergave;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.Besluiten;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.DeelnameWeergave;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.Deelnames;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.OvergangWeergave;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.Overgangen;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * Every initiative of a gemeente, whatever its kind: the list with filters, one initiative, its recorded
 * transitions, its besluiten and its participants. The kinds' own actions live in their resources
 * (subsidieaanvragen, uitdaagverzoeken, participatietrajecten, inspraak).
 */
@Path("gemeenten/{code}/initiatieven")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatieven", description = "Initiatieven van alle soorten, hun statuswijzigingen, besluiten en deelnemers")
@Component
public class InitiatievenResource implements ApiResource {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private Toegang toegang;

    @GET
    @Operation(operationId = "initiatieven", summary = "Initiatieven van de gemeente, met filters",
            description = "Iedereen ziet participatietrajecten en inspraak; ambtenaren van de gemeente en beheerders zien alles; "
                    + "aangemelde inwoners, ondernemers en organisaties ook hun eigen aanvragen en verzoeken.")
    @ApiResponse(responseCode = "200", description = "De initiatieven, oudste eerst",
            content = @Content(schema = @Schema(implementation = InitiatiefWeergave.Lijst.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public InitiatiefWeergave.Lijst list(@Context SecurityContext security, @PathParam("code") String code,
            @Parameter(description = "bewonersinitiatief, uitdaagrecht, participatietraject of inspraak") @QueryParam("soort") String soort,
            @Parameter(description = "Status, zoals aangevraagd of ter_inzage") @QueryParam("status") String status,
            @Parameter(description = "CBS-wijkcode") @QueryParam("wijk") String wijk) {
        List<Overtreding> fouten = new java.util.ArrayList<>();
        Filter filter = new Filter(Optional.ofNullable(Invoer.keuze(fouten, "soort", soort, Initiatiefsoort.class)),
                Optional.ofNullable(Invoer.keuze(fouten, "status", status, Status.class)), Optional.ofNullable(wijk), Optional.empty());
        OngeldigeInvoerException.alsNodig(fouten);
        Optional<Gebruiker> gebruiker = toegang.aangemeld(security);
        List<Initiatief> lijst = initiatieven.list(code, filter);
        return new InitiatiefWeergave.Lijst(lijst.stream()
                .filter(i -> Inzage.isOpenbaar(i.soort()) || Inzage.isAmbtenaar(gebruiker, code)
                        || gebruiker.map(g -> Inzage.neemtDeel(g, i, initiatieven.deelnames(code, i.id()))).orElse(false))
                .map(InitiatiefWeergave::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "initiatief", summary = "Eén initiatief",
            description = "Een aanvraag of verzoek alleen voor wie eraan deelneemt en voor ambtenaren van de gemeente; anders 404.")
    @ApiResponse(responseCode = "200", description = "Het initiatief", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public InitiatiefWeergave get(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        return InitiatiefWeergave.of(zichtbaar(security, code, id));
    }

    @GET
    @Path("{id}/overgangen")
    @Operation(operationId = "overgangen", summary = "De statuswijzigingen van een initiatief",
            description = "Wie, wanneer en waarom; oudste eerst. Zichtbaar voor wie het initiatief mag zien.")
    @ApiResponse(responseCode = "200", description = "De statuswijzigingen", content = @Content(schema = @Schema(implementation = Overgangen.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public Overgangen overgangen(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        zichtbaar(security, code, id);
        return new Overgangen(initiatieven.overgangen(code, id).stream().map(OvergangWeergave::of).toList());
    }

    @GET
    @Path("{id}/besluiten")
    @Operation(operationId = "besluiten", summary = "De besluiten over een initiatief",
            description = "Met redenen, artikelen, de regels (titel, bundel, versie) en de peildatum; oudste eerst.")
    @ApiResponse(responseCode = "200", description = "De besluiten", content = @Content(schema = @Schema(implementation = Besluiten.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public Besluiten besluiten(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        zichtbaar(security, code, id);
        return new Besluiten(initiatieven.besluiten(code, id).stream().map(BesluitWeergave::of).toList());
    }

    @GET
    @Path("{id}/deelnemers")
    @Operation(operationId = "deelnemers", summary = "Wie welke rol heeft in een initiatief",
            description = "Voor ambtenaren van de gemeente en deelnemers aan het initiatief.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De deelnemers", content = @Content(schema = @Schema(implementation = Deelnames.class)))
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public Deelnames deelnemers(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        Gebruiker gebruiker = toegang.gebruiker(security);
        Initiatief initiatief = initiatieven.get(code, id);
        var deelnames = initiatieven.deelnames(code, id);
        if (!gebruiker.heeft(Rol.AMBTENAAR, code) && !Inzage.neemtDeel(gebruiker, initiatief, deelnames)) {
            throw new nl.samenspraak.api.initiatief.InitiatiefNietGevondenException(code, id);
        }
        return new Deelnames(deelnames.stream().map(DeelnameWeergave::of).toList());
    }

    @POST
    @Path("{id}/deelnemers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "deelnemerToevoegen", summary = "Iemand een rol geven in een initiatief",
            description = "Voor ambtenaren van de gemeente, bijvoorbeeld een procesbegeleider of projectleider; een bestaande rol "
                    + "van die gebruiker wordt vervangen.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De deelname", content = @Content(schema = @Schema(implementation = DeelnameWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    public DeelnameWeergave voegDeelnemerToe(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("id") String id, DeelnameVerzoek verzoek) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        Invoer.body(verzoek);
        List<Overtreding> fouten = new java.util.ArrayList<>();
        Participatierol rol = Invoer.keuze(fouten, "rol", verzoek.rol(), Participatierol.class);
        OngeldigeInvoerException.alsNodig(fouten);
        return DeelnameWeergave.of(initiatieven.voegDeelnemerToe(code, id, verzoek.gebruiker(), rol, ambtenaar.naam()));
    }

    private Initiatief zichtbaar(SecurityContext security, String code, String id) {
        Initiatief initiatief = initiatieven.get(code, id);
        Optional<Gebruiker> gebruiker = toegang.aangemeld(security);
        return Inzage.zichtbaar(gebruiker, initiatief,
                Inzage.isOpenbaar(initiatief.soort()) ? List.of() : initiatieven.deelnames(code, id));
    }

    @Schema(description = "Een rol voor een gebruiker in een initiatief")
    public record DeelnameVerzoek(@Schema(description = "Gebruikersnaam", requiredMode = Schema.RequiredMode.REQUIRED) String gebruiker,
            @Schema(description = "initiatiefnemer, deelnemer, ondernemer, maatschappelijke_organisatie, procesbegeleider, "
                    + "projectleider of bestuurder", requiredMode = Schema.RequiredMode.REQUIRED) String rol) {
    }
}
