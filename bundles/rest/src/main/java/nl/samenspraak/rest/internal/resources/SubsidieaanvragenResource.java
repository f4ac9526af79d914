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
import nl.samenspraak.api.initiatief.InitiatiefService.NieuweSubsidieaanvraag;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.Problem;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.BesluitWeergave;
import nl.samenspraak.rest.internal.security.Toegang;
import nl.samenspraak.rules.Subsidieaanvraag;

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
    private Toegang toegang;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subsidieaanvraagIndienen", summary = "Een subsidieaanvraag indienen",
            description = "Voor inwoners, ondernemers en organisaties van de gemeente. De dag van indiening is vandaag; een "
                    + "ambtenaar die een papieren aanvraag registreert mag de dag van ontvangst opgeven. De regeling die op die dag "
                    + "geldt bepaalt de beslistermijn en later het besluit.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "De aanvraag; Location wijst ernaar", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", description = "Velden voldoen niet (invalidParams); er is niets opgeslagen", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen inwoner, ondernemer, organisatie of ambtenaar van deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "Geen regeling van kracht op de dag van indiening", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response dienIn(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code,
            AanvraagVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereisEenVan(security, INDIENERS_EN_AMBTENAREN, code);
        Initiatief aanvraag = initiatieven.dienSubsidieaanvraagIn(code, nieuw(Invoer.body(verzoek), gebruiker, code,
                LocalDate.now(RegelsResource.NEDERLAND)), gebruiker.naam());
        URI location = uri.getAbsolutePathBuilder().path(aanvraag.id()).build();
        return Response.created(location).entity(InitiatiefWeergave.of(aanvraag)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "subsidieaanvraag", summary = "Een subsidieaanvraag met haar besluiten",
            description = "Voor de aanvrager en ambtenaren van de gemeente; voor anderen bestaat de aanvraag niet (404).",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De aanvraag", content = @Content(schema = @Schema(implementation = AanvraagMetBesluiten.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Geen aanvraag met dit id die u mag zien", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @ApiResponse(responseCode = "409", description = "De status staat dit niet toe", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InitiatiefWeergave vraagAanvulling(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("id") String id, ToelichtingVerzoek verzoek) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        return InitiatiefWeergave.of(initiatieven.vraagAanvulling(code, id, Invoer.body(verzoek).toelichting(), ambtenaar.naam()));
    }

    @POST
    @Path("{id}/aanvulling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "aanvullen", summary = "De aanvraag aanvullen; de beslistermijn loopt weer",
            description = "Voor de aanvrager: de aanvraag zoals zij nu luidt (de dag van indiening blijft).",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De aanvraag", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", description = "Velden voldoen niet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Er is geen aanvulling gevraagd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InitiatiefWeergave vulAan(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            AanvraagVerzoek verzoek) {
        Gebruiker aanvrager = toegang.gebruiker(security);
        Initiatief aanvraag = eigen(aanvrager, code, id);
        LocalDate ingediendOp = aanvraag.gegevens(Subsidiegegevens.class).aanvraag().ingediendOp();
        return InitiatiefWeergave.of(initiatieven.vulAan(code, id, nieuw(Invoer.body(verzoek), aanvrager, code, ingediendOp),
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
    @ApiResponse(responseCode = "400", description = "Geen of geen eenduidig budget", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "De aanvraag wacht niet op een besluit (meer)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "Geen regeling van kracht op de dag van indiening, of de regels gaven geen bruikbaar antwoord", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BesluitWeergave besluit(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            BesluitVerzoek verzoek) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        Optional<String> budget = verzoek == null ? Optional.empty() : Optional.ofNullable(verzoek.budgetId());
        return BesluitWeergave.of(initiatieven.beslisOpSubsidieaanvraag(code, id, budget, ambtenaar.naam()));
    }

    @POST
    @Path("{id}/verantwoording")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "verantwoorden", summary = "De activiteit verantwoorden",
            description = "Voor de aanvrager, na verlening: de werkelijke kosten en een verslag.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De aanvraag", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", description = "Velden voldoen niet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Niet verleend, of al verantwoord", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public InitiatiefWeergave verantwoord(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("id") String id, VerantwoordingVerzoek verzoek) {
        Gebruiker aanvrager = toegang.gebruiker(security);
        eigen(aanvrager, code, id);
        List<Overtreding> fouten = new ArrayList<>();
        Bedrag kosten = Invoer.bedrag(fouten, "werkelijkeKosten", Invoer.body(verzoek).werkelijkeKosten());
        OngeldigeInvoerException.alsNodig(fouten);
        return InitiatiefWeergave.of(initiatieven.verantwoord(code, id, kosten, verzoek.verslag(), aanvrager.naam()));
    }

    @POST
    @Path("{id}/vaststelling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subsidieVaststellen", summary = "De subsidie vaststellen",
            description = "Voor ambtenaren van de gemeente, na verantwoording. Standaard het laagste van verleend bedrag en werkelijke "
                    + "kosten; het vastgestelde bedrag wordt uitbetaald en het verschil met de verlening valt vrij in het budget.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het besluit tot vaststelling", content = @Content(schema = @Schema(implementation = BesluitWeergave.class)))
    @ApiResponse(responseCode = "409", description = "Nog niet verantwoord", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Hoger dan verleend (art. 4:46 Awb)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BesluitWeergave stelVast(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            VaststellingVerzoek verzoek) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        List<Overtreding> fouten = new ArrayList<>();
        Optional<Bedrag> bedrag = Optional.ofNullable(verzoek == null ? null : Invoer.bedrag(fouten, "bedrag", verzoek.bedrag()));
        OngeldigeInvoerException.alsNodig(fouten);
        return BesluitWeergave.of(initiatieven.stelSubsidieVast(code, id, bedrag, ambtenaar.naam()));
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

    /** @param dag the day of submission unless an ambtenaar registering a paper application gives another */
    private static NieuweSubsidieaanvraag nieuw(AanvraagVerzoek v, Gebruiker gebruiker, String code, LocalDate dag) {
        List<Overtreding> fouten = new ArrayList<>();
        // checked here too, so that one answer names them alongside the fields that do not parse
        Invoerregels.tekst(fouten, "titel", v.titel(), Invoerregels.MAX_TITEL);
        Invoerregels.tekst(fouten, "omschrijving", v.omschrijving(), Invoerregels.MAX_TEKST);
        LocalDate ingediendOp = dag;
        if (v.ingediendOp() != null) {
            if (!gebruiker.heeft(Rol.AMBTENAAR, code)) {
                fouten.add(new Overtreding("ingediendOp", "alleen een ambtenaar registreert een aanvraag met een eerdere dag van ontvangst"));
            } else {
                ingediendOp = Invoer.datum(fouten, "ingediendOp", v.ingediendOp());
            }
        }
        Subsidieaanvraag aanvraag = Invoer.subsidieaanvraag(fouten, ingediendOp, v.activiteitOp(), v.gevraagd(), v.schaal(),
                v.wijk(), v.leeftijdAanvrager(), v.leeftijdenOndersteuners(), v.kenmerken());
        OngeldigeInvoerException.alsNodig(fouten);
        return new NieuweSubsidieaanvraag(v.regeling(), v.titel(), v.omschrijving(), aanvraag);
    }

    @Schema(description = "Een subsidieaanvraag voor een bewonersinitiatief")
    public record AanvraagVerzoek(
            @Schema(description = "Sleutel van de regeling", example = "bewonersinitiatief", requiredMode = Schema.RequiredMode.REQUIRED) String regeling,
            @Schema(example = "Buurtfeest Zuiderpark", requiredMode = Schema.RequiredMode.REQUIRED) String titel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving,
            @Schema(description = "Alleen voor een ambtenaar die een papieren aanvraag registreert: de dag van ontvangst", format = "date") String ingediendOp,
            @Schema(description = "Eerste dag van de activiteit", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String activiteitOp,
            @Schema(description = "Gevraagd bedrag in euro", example = "750.00", requiredMode = Schema.RequiredMode.REQUIRED) String gevraagd,
            @Schema(description = "straat, buurt, wijk of stad", requiredMode = Schema.RequiredMode.REQUIRED) String schaal,
            @Schema(description = "CBS-wijkcode", example = "WK051836") String wijk,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Integer leeftijdAanvrager,
            List<Integer> leeftijdenOndersteuners,
            @Schema(description = "Kenmerken, zoals openbaar_toegankelijk en past_in_wijkagenda") List<String> kenmerken) {
    }

    @Schema(description = "Een toelichting")
    public record ToelichtingVerzoek(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toelichting) {
    }

    @Schema(description = "Optioneel: het budget waarop een verlening wordt geboekt")
    public record BesluitVerzoek(String budgetId) {
    }

    @Schema(description = "De verantwoording van een activiteit")
    public record VerantwoordingVerzoek(@Schema(example = "640.00", requiredMode = Schema.RequiredMode.REQUIRED) String werkelijkeKosten,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String verslag) {
    }

    @Schema(description = "Optioneel: het vast te stellen bedrag")
    public record VaststellingVerzoek(@Schema(example = "640.00") String bedrag) {
    }

    @Schema(description = "Een aanvraag met haar besluiten")
    public record AanvraagMetBesluiten(InitiatiefWeergave aanvraag, List<BesluitWeergave> besluiten) {
    }
}
