package nl.samenspraak.rest.internal.resources;

import java.net.URI;
import java.time.LocalDate;
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
import nl.samenspraak.api.initiatief.UitdaagverzoekService.NieuwUitdaagverzoek;
import nl.samenspraak.api.initiatief.UitdaagverzoekService;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.BesluitWeergave;
import nl.samenspraak.rest.internal.security.Toegang;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.Uitdaagverzoek;

/**
 * Requests under the uitdaagrecht (Right to Challenge) to take over a municipal task, judged by the
 * ordinance in force on the day of receipt, within that ordinance's term.
 */
@Path("gemeenten/{code}/uitdaagverzoeken")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Uitdaagrecht", description = "Verzoeken om een taak van de gemeente over te nemen (Right to Challenge)")
@Component
public class UitdaagverzoekenResource implements ApiResource {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private UitdaagverzoekService uitdaagverzoeken;

    @Reference
    private Kalender kalender;

    @Reference
    private Toegang toegang;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uitdaagverzoekIndienen", summary = "Een uitdaagverzoek indienen",
            description = "Voor inwoners, ondernemers en organisaties van de gemeente; ontvangen vandaag. De verordening van die dag "
                    + "bepaalt de beslistermijn.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "Het verzoek", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    public Response dienIn(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code,
            VerzoekInvoer invoer) {
        Gebruiker gebruiker = toegang.vereisEenVan(security, Rol.INDIENERS, code);
        Initiatief initiatief = uitdaagverzoeken.dienUitdaagverzoekIn(code, verzoek(Invoer.body(invoer)), gebruiker.naam());
        return Response.created(uri.getAbsolutePathBuilder().path(initiatief.id()).build())
                .entity(InitiatiefWeergave.of(initiatief)).build();
    }

    @POST
    @Path("{id}/aanvulling")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "uitdaagverzoekAanvullen", summary = "Een uitdaagverzoek aanvullen",
            description = "Voor de indiener, als de verordening om aanvulling vroeg: het verzoek zoals het nu luidt (de dag van "
                    + "ontvangst blijft); daarna wacht het weer op een besluit.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het verzoek", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public InitiatiefWeergave vulAan(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            VerzoekInvoer invoer) {
        Gebruiker indiener = toegang.gebruiker(security);
        Initiatief verzoek = verzoek(code, id);
        if (!Inzage.isInitiatiefnemer(indiener, verzoek)) {
            throw new InitiatiefNietGevondenException(code, id);
        }
        return InitiatiefWeergave.of(uitdaagverzoeken.vulUitdaagverzoekAan(code, id, verzoek(Invoer.body(invoer)), indiener.naam()));
    }

    private NieuwUitdaagverzoek verzoek(VerzoekInvoer v) {
        List<Overtreding> fouten = new ArrayList<>();
        Bedrag gevraagd = Invoer.bedrag(fouten, "gevraagd", v.gevraagd());
        boolean metBudget = Boolean.TRUE.equals(v.metBudget());
        if (metBudget && (gevraagd == null || !gevraagd.isPositief())) {
            fouten.add(new Overtreding("gevraagd", "een verzoek met budget noemt een bedrag groter dan 0"));
        } else if (!metBudget && gevraagd != null && gevraagd.isPositief()) {
            fouten.add(new Overtreding("gevraagd", "een verzoek zonder budget vraagt geen bedrag"));
        }
        if (v.ondersteuners() == null || v.ondersteuners() < 0) {
            fouten.add(new Overtreding("ondersteuners", "het aantal ondersteuners (0 of meer) is verplicht"));
        }
        Set<Onderbouwing> onderbouwing = EnumSet.noneOf(Onderbouwing.class);
        for (String o : v.onderbouwing() == null ? List.<String>of() : v.onderbouwing()) {
            Optional.ofNullable(Invoer.keuze(fouten, "onderbouwing", o, Onderbouwing.class)).ifPresent(onderbouwing::add);
        }
        if (v.taak() == null || v.taak().isBlank()) {
            fouten.add(new Overtreding("taak", "verplicht"));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        Uitdaagverzoek verzoek = new Uitdaagverzoek(kalender.vandaag(), v.taak().strip(), metBudget,
                metBudget ? gevraagd.centen() : 0, v.ondersteuners(), onderbouwing);
        return new NieuwUitdaagverzoek(v.titel(), v.omschrijving(), Optional.ofNullable(v.wijk()), verzoek);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "uitdaagverzoek", summary = "Een uitdaagverzoek met zijn besluiten",
            description = "Voor de indiener en ambtenaren van de gemeente; voor anderen bestaat het niet (404).",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het verzoek", content = @Content(schema = @Schema(implementation = VerzoekMetBesluiten.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public VerzoekMetBesluiten get(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        Gebruiker gebruiker = toegang.gebruiker(security);
        Initiatief verzoek = verzoek(code, id);
        Inzage.zichtbaar(Optional.of(gebruiker), verzoek, initiatieven.deelnames(code, id));
        return new VerzoekMetBesluiten(InitiatiefWeergave.of(verzoek),
                initiatieven.besluiten(code, id).stream().map(BesluitWeergave::of).toList());
    }

    @POST
    @Path("{id}/besluit")
    @Operation(operationId = "uitdaagverzoekBesluiten", summary = "Besluiten op een uitdaagverzoek",
            description = "Voor ambtenaren van de gemeente. De verordening die gold op de dag van ontvangst toetst de voorwaarden.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het besluit", content = @Content(schema = @Schema(implementation = BesluitWeergave.class)))
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public BesluitWeergave besluit(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        verzoek(code, id);
        return BesluitWeergave.of(uitdaagverzoeken.beslisOpUitdaagverzoek(code, id, ambtenaar.naam()));
    }

    private Initiatief verzoek(String code, String id) {
        Initiatief verzoek = initiatieven.get(code, id);
        if (verzoek.soort() != Initiatiefsoort.UITDAAGRECHT) {
            throw new InitiatiefNietGevondenException(code, id);
        }
        return verzoek;
    }

    @Schema(description = "Een verzoek om een taak van de gemeente over te nemen")
    public record VerzoekInvoer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving, String wijk,
            @Schema(description = "De taak van de gemeente", example = "Onderhoud van het groen in het Zuiderpark", requiredMode = Schema.RequiredMode.REQUIRED) String taak,
            @Schema(description = "Of ook het budget van de taak wordt gevraagd") Boolean metBudget,
            @Schema(description = "Gevraagd budget in euro", example = "12000.00") String gevraagd,
            @Schema(description = "Aantal bewoners dat het verzoek steunt", requiredMode = Schema.RequiredMode.REQUIRED) Integer ondersteuners,
            @Schema(description = "Wat het verzoek aantoont: maatschappelijke_meerwaarde, draagvlak_in_buurt, deskundigheid_en_continuiteit, "
                    + "begroting_en_financiering, rechtspersoon") List<String> onderbouwing) {
    }

    @Schema(description = "Een uitdaagverzoek met zijn besluiten")
    public record VerzoekMetBesluiten(InitiatiefWeergave verzoek, List<BesluitWeergave> besluiten) {
    }
}
