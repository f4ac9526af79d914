package nl.samenspraak.rest.internal.resources;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.SubsidieaanvraagService;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.BesluitWeergave;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * A bewonersinitiatief's subsidy application from aanvraag to vaststelling. Residents, businesses and
 * organisations apply and account for their own applications; the gemeente's civil servants ask for
 * aanvulling, decide (by the scheme in force on the day of submission) and settle.
 */
@Path("gemeenten/{code}/subsidieaanvragen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subsidieaanvragen", description = "Bewonersinitiatieven met een subsidieaanvraag, van aanvraag tot vaststelling")
@Component
public class SubsidieaanvragenResource implements ApiResource {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private SubsidieaanvraagService subsidieaanvragen;

    @Reference
    private Kalender kalender;

    @Reference
    private Toegang toegang;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subsidieaanvraagIndienen", summary = "Een subsidieaanvraag indienen",
            description = "Voor inwoners, ondernemers en organisaties van de gemeente. De dag van indiening is vandaag; een "
                    + "ambtenaar die een papieren aanvraag registreert mag de dag van ontvangst opgeven. De regeling die op die dag "
                    + "geldt bepaalt de beslistermijn en later het besluit.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "De aanvraag; Location wijst ernaar", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    public Response dienIn(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code,
            AanvraagVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereisEenVan(security, INDIENERS_EN_AMBTENAREN, code);
        Initiatief aanvraag = subsidieaanvragen.dienSubsidieaanvraagIn(code, Invoer.body(verzoek).alsNieuw(gebruiker, code,
                kalender.vandaag()), gebruiker.naam());
        URI location = uri.getAbsolutePathBuilder().path(aanvraag.id()).build();
        return Response.created(location).entity(InitiatiefWeergave.of(aanvraag)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "subsidieaanvraag", summary = "Een subsidieaanvraag met haar besluiten",
            description = "Voor de aanvrager en ambtenaren van de gemeente; voor anderen bestaat de aanvraag niet (404).",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De aanvraag", content = @Content(schema = @Schema(implementation = AanvraagMetBesluiten.class)))
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public AanvraagMetBesluiten get(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        Gebruiker gebruiker = toegang.gebruiker(security);
        Initiatief aanvraag = eigenOfAmbtelijk(gebruiker, code, id);
        return new AanvraagMetBesluiten(InitiatiefWeergave.of(aanvraag),
                initiatieven.besluiten(code, id).stream().map(BesluitWeergave::of).toList());
    }

    @POST
    @Path("{id}/aanvullingsverzoek")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "aanvullingVragen", summary = "Om aanvulling vragen; de beslistermijn staat stil",
            description = "Voor ambtenaren van de gemeente (art. 4:5 en 4:15 Awb).", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De aanvraag", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public InitiatiefWeergave vraagAanvulling(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("id") String id, ToelichtingVerzoek verzoek) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        return InitiatiefWeergave.of(subsidieaanvragen.vraagAanvulling(code, id, Invoer.body(verzoek).toelichting(), ambtenaar.naam()));
    }

    @POST
    @Path("{id}/aanvulling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "aanvullen", summary = "De aanvraag aanvullen; de beslistermijn loopt weer",
            description = "Voor de aanvrager: de aanvraag zoals zij nu luidt. Titel, omschrijving, wijk en gegevens vervangen die van "
                    + "eerder; de statuswijziging in het dossier (GET /initiatieven/{id}/overgangen) noemt elk gewijzigd veld. De "
                    + "regeling en de dag van indiening bepalen welke regels gelden en veranderen niet: een andere waarde geeft 400 "
                    + "met het veld.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De aanvraag", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public InitiatiefWeergave vulAan(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            AanvraagVerzoek verzoek) {
        Gebruiker aanvrager = toegang.gebruiker(security);
        Initiatief aanvraag = eigen(aanvrager, code, id);
        LocalDate ingediendOp = aanvraag.gegevens(Subsidiegegevens.class).aanvraag().ingediendOp();
        return InitiatiefWeergave.of(subsidieaanvragen.vulAan(code, id, Invoer.body(verzoek).alsNieuw(aanvrager, code, ingediendOp),
                aanvrager.naam()));
    }

    @POST
    @Path("{id}/besluit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subsidieBesluiten", summary = "Besluiten op de aanvraag",
            description = "Voor ambtenaren van de gemeente. De regeling die gold op de dag van indiening beslist; een verlening wordt "
                    + "in dezelfde transactie geboekt op het budget van de regeling (of het genoemde budget). Past het bedrag niet meer "
                    + "binnen het subsidieplafond, dan wordt de aanvraag geweigerd (art. 4:25 Awb).",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het besluit met redenen en regels", content = @Content(schema = @Schema(implementation = BesluitWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public BesluitWeergave besluit(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            BesluitVerzoek verzoek) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        Optional<String> budget = verzoek == null ? Optional.empty() : Optional.ofNullable(verzoek.budgetId());
        return BesluitWeergave.of(subsidieaanvragen.beslisOpSubsidieaanvraag(code, id, budget, ambtenaar.naam()));
    }

    @POST
    @Path("{id}/verantwoording")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verantwoorden", summary = "De activiteit verantwoorden",
            description = "Voor de aanvrager, na verlening en vanaf de dag van de activiteit (activiteitOp): de werkelijke kosten en "
                    + "een verslag. Eerder: 422 met veld activiteitOp en de dag vanaf wanneer het kan (art. 4:45 Awb).",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De aanvraag", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "422", ref = Antwoorden.GEWEIGERD)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public InitiatiefWeergave verantwoord(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("id") String id, VerantwoordingVerzoek verzoek) {
        Gebruiker aanvrager = toegang.gebruiker(security);
        eigen(aanvrager, code, id);
        List<Overtreding> fouten = new ArrayList<>();
        Bedrag kosten = Invoer.bedrag(fouten, "werkelijkeKosten", Invoer.body(verzoek).werkelijkeKosten());
        OngeldigeInvoerException.alsNodig(fouten);
        return InitiatiefWeergave.of(subsidieaanvragen.verantwoord(code, id, kosten, verzoek.verslag(), aanvrager.naam()));
    }

    @POST
    @Path("{id}/vaststelling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subsidieVaststellen", summary = "De subsidie vaststellen",
            description = "Voor ambtenaren van de gemeente, na verantwoording. Standaard het laagste van verleend bedrag en werkelijke "
                    + "kosten; het vastgestelde bedrag wordt uitbetaald en het verschil met de verlening valt vrij in het budget.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het besluit tot vaststelling", content = @Content(schema = @Schema(implementation = BesluitWeergave.class)))
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "422", ref = Antwoorden.GEWEIGERD)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public BesluitWeergave stelVast(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            VaststellingVerzoek verzoek) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        List<Overtreding> fouten = new ArrayList<>();
        Optional<Bedrag> bedrag = Optional.ofNullable(verzoek == null ? null : Invoer.bedrag(fouten, "bedrag", verzoek.bedrag()));
        OngeldigeInvoerException.alsNodig(fouten);
        return BesluitWeergave.of(subsidieaanvragen.stelSubsidieVast(code, id, bedrag, ambtenaar.naam()));
    }

    /** Who may submit: residents, businesses and organisations, and civil servants registering on paper. */
    static final Set<Rol> INDIENERS_EN_AMBTENAREN = Set.of(Rol.INWONER, Rol.ONDERNEMER, Rol.ORGANISATIE, Rol.AMBTENAAR);

    private Initiatief eigenOfAmbtelijk(Gebruiker gebruiker, String code, String id) {
        Initiatief aanvraag = aanvraag(code, id);
        return Inzage.zichtbaar(Optional.of(gebruiker), aanvraag, initiatieven.deelnames(code, id));
    }

    /** Only the applicant acts on their application; to anyone else it does not exist. */
    private Initiatief eigen(Gebruiker gebruiker, String code, String id) {
        Initiatief aanvraag = aanvraag(code, id);
        if (!Inzage.isInitiatiefnemer(gebruiker, aanvraag)) {
            if (gebruiker.heeft(Rol.AMBTENAAR, code)) {
                throw new nl.samenspraak.rest.internal.problem.ProblemException(403, "Alleen de aanvrager kan dit doen");
            }
            throw new InitiatiefNietGevondenException(code, id);
        }
        return aanvraag;
    }

    private Initiatief aanvraag(String code, String id) {
        Initiatief aanvraag = initiatieven.get(code, id);
        if (aanvraag.soort() != Initiatiefsoort.BEWONERSINITIATIEF) {
            throw new InitiatiefNietGevondenException(code, id);
        }
        return aanvraag;
    }
}
