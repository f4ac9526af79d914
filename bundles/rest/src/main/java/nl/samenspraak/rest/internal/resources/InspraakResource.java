package nl.samenspraak.rest.internal.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.NotFoundException;
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
import nl.samenspraak.api.initiatief.InspraakService.NieuweInspraak;
import nl.samenspraak.api.initiatief.InspraakService.NieuweZienswijze;
import nl.samenspraak.api.initiatief.InspraakService;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.ZienswijzeWeergave;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.Zienswijzen;
import nl.samenspraak.rest.internal.security.Toegang;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Onderwerp;

/**
 * Formal inspraak: a draft decision laid ter inzage, zienswijzen within the ordinance's term from those it
 * allows, and the reactienota answering each. The draft is public; zienswijzen are seen by the gemeente and
 * by whoever submitted them.
 */
@Path("gemeenten/{code}/inspraak")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspraak", description = "Ontwerpbesluiten ter inzage, zienswijzen en de reactienota")
@Component
public class InspraakResource implements ApiResource {

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private InspraakService inspraken;

    @Reference
    private Kalender kalender;

    @Reference
    private Toegang toegang;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "terInzageLeggen", summary = "Een ontwerpbesluit ter inzage leggen",
            description = "Voor ambtenaren van de gemeente. De verordening die op de eerste dag geldt bepaalt de termijn voor "
                    + "zienswijzen, wie mag reageren en de termijn van de reactienota, en weigert onderwerpen die zij van inspraak uitsluit (422).",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "Het ontwerp ter inzage", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "422", ref = Antwoorden.GEWEIGERD)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public Response legTerInzage(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code,
            InspraakInvoer invoer) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        InspraakInvoer i = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        Besluitsoort soort = Invoer.keuze(fouten, "besluitsoort", i.besluitsoort(), Besluitsoort.class);
        Onderwerp onderwerp = Invoer.keuze(fouten, "onderwerp", i.onderwerp(), Onderwerp.class);
        LocalDate vanaf = Invoer.datum(fouten, "terInzageVanaf", i.terInzageVanaf());
        OngeldigeInvoerException.alsNodig(fouten);
        Initiatief inspraak = inspraken.legTerInzage(code, new NieuweInspraak(i.titel(), i.omschrijving(),
                Optional.ofNullable(i.wijk()), soort, onderwerp, vanaf), ambtenaar.naam());
        return Response.created(uri.getAbsolutePathBuilder().path(inspraak.id()).build()).entity(InitiatiefWeergave.of(inspraak)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "inspraak", summary = "Een ontwerpbesluit ter inzage", description = "Openbaar: termijnen, wie mag reageren, de reactienota.")
    @ApiResponse(responseCode = "200", description = "Het ontwerp", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public InitiatiefWeergave get(@PathParam("code") String code, @PathParam("id") String id) {
        return InitiatiefWeergave.of(inspraak(code, id));
    }

    @POST
    @Path("{id}/zienswijzen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "zienswijzeIndienen", summary = "Een zienswijze indienen",
            description = "Voor ieder die is aangemeld, ontvangen vandaag; de verordening bepaalt wie mag reageren. Ingezetene is "
                    + "wie inwoner van de gemeente is; belanghebbende is wie dat verklaart (belanghebbende: true), en elke "
                    + "ondernemer en organisatie van de gemeente, ook wie elders woont. Een ambtenaar registreert een op papier "
                    + "ontvangen zienswijze met de dag van ontvangst. Buiten de termijn, of van iemand buiten de kring die de "
                    + "verordening toelaat: 422 met het artikel.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "De zienswijze", content = @Content(schema = @Schema(implementation = ZienswijzeWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "422", ref = Antwoorden.GEWEIGERD)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    public Response dienZienswijzeIn(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code,
            @PathParam("id") String id, ZienswijzeInvoer invoer) {
        // whoever is signed in: the ordinance in force, not a role of this gemeente, decides who may respond
        Gebruiker gebruiker = toegang.gebruiker(security);
        inspraak(code, id);
        ZienswijzeInvoer z = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        boolean ambtenaar = gebruiker.heeft(Rol.AMBTENAAR, code);
        LocalDate ontvangenOp = kalender.vandaag();
        if (z.ontvangenOp() != null || z.ingezetene() != null) {
            if (!ambtenaar) {
                fouten.add(new Overtreding(z.ontvangenOp() != null ? "ontvangenOp" : "ingezetene",
                        "alleen een ambtenaar registreert een zienswijze met dag van ontvangst en gegevens van de indiener"));
            } else if (z.ontvangenOp() != null) {
                ontvangenOp = Invoer.datum(fouten, "ontvangenOp", z.ontvangenOp());
            }
        }
        int leeftijd = Invoer.leeftijd(fouten, "leeftijd", z.leeftijd());
        OngeldigeInvoerException.alsNodig(fouten);
        boolean ingezetene = ambtenaar ? Boolean.TRUE.equals(z.ingezetene()) : gebruiker.heeft(Rol.INWONER, code);
        boolean belanghebbende = Boolean.TRUE.equals(z.belanghebbende())
                || gebruiker.heeft(Rol.ONDERNEMER, code) || gebruiker.heeft(Rol.ORGANISATIE, code);
        var zienswijze = inspraken.dienZienswijzeIn(code, id,
                new NieuweZienswijze(z.inhoud(), ontvangenOp, ingezetene, belanghebbende, leeftijd), gebruiker.naam());
        return Response.created(uri.getAbsolutePathBuilder().path(zienswijze.id()).build())
                .entity(ZienswijzeWeergave.of(zienswijze)).build();
    }

    @GET
    @Path("{id}/zienswijzen")
    @Operation(operationId = "zienswijzen", summary = "De zienswijzen op een ontwerp",
            description = "Ambtenaren van de gemeente zien alle; anderen hun eigen.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De zienswijzen", content = @Content(schema = @Schema(implementation = Zienswijzen.class)))
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public Zienswijzen zienswijzen(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        Gebruiker gebruiker = toegang.gebruiker(security);
        inspraak(code, id);
        boolean ambtenaar = gebruiker.heeft(Rol.AMBTENAAR, code);
        return new Zienswijzen(inspraken.zienswijzen(code, id).stream()
                .filter(z -> ambtenaar || z.indiener().equals(gebruiker.naam()))
                .map(ZienswijzeWeergave::of).toList());
    }

    @GET
    @Path("{id}/zienswijzen/{zienswijze}")
    @Operation(operationId = "zienswijze", summary = "Een zienswijze",
            description = "Waar de header Location van een ingediende zienswijze naar wijst. Ambtenaren van de gemeente zien elke; "
                    + "anderen alleen hun eigen: een andere is voor hen 404.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De zienswijze", content = @Content(schema = @Schema(implementation = ZienswijzeWeergave.class)))
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public ZienswijzeWeergave zienswijze(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("id") String id, @PathParam("zienswijze") String zienswijze) {
        Gebruiker gebruiker = toegang.gebruiker(security);
        inspraak(code, id);
        boolean ambtenaar = gebruiker.heeft(Rol.AMBTENAAR, code);
        return inspraken.zienswijzen(code, id).stream().filter(z -> z.id().equals(zienswijze))
                .filter(z -> ambtenaar || z.indiener().equals(gebruiker.naam()))
                .findFirst().map(ZienswijzeWeergave::of).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/reactienota")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reactienotaVaststellen", summary = "De reactienota vaststellen",
            description = "Voor ambtenaren van de gemeente, na afloop van de termijn voor zienswijzen: een algemeen deel en een "
                    + "antwoord op elke zienswijze (op id).", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het ontwerp met reactienota", content = @Content(schema = @Schema(implementation = InitiatiefWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public InitiatiefWeergave reactienota(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            ReactienotaInvoer invoer) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        inspraak(code, id);
        ReactienotaInvoer r = Invoer.body(invoer);
        return InitiatiefWeergave.of(inspraken.stelReactienotaVast(code, id, r.tekst(),
                r.antwoorden() == null ? Map.of() : r.antwoorden(), ambtenaar.naam()));
    }

    private Initiatief inspraak(String code, String id) {
        Initiatief inspraak = initiatieven.get(code, id);
        if (inspraak.soort() != Initiatiefsoort.INSPRAAK) {
            throw new InitiatiefNietGevondenException(code, id);
        }
        return inspraak;
    }

    @Schema(description = "Een ontwerpbesluit om ter inzage te leggen")
    public record InspraakInvoer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving, String wijk,
            @Schema(description = "beleidsnota, verordening, omgevingsplan, gebiedsvisie, uitvoeringsbesluit of overig", requiredMode = Schema.RequiredMode.REQUIRED) String besluitsoort,
            @Schema(description = "begroting, belastingen, tarieven, uitvoering_hogere_regelgeving, spoedeisend of overig", requiredMode = Schema.RequiredMode.REQUIRED) String onderwerp,
            @Schema(description = "Eerste dag ter inzage", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String terInzageVanaf) {
    }

    @Schema(description = "Een zienswijze")
    public record ZienswijzeInvoer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String inhoud,
            @Schema(description = "Leeftijd van de indiener", requiredMode = Schema.RequiredMode.REQUIRED) Integer leeftijd,
            @Schema(description = "Of de indiener belanghebbende is bij het besluit") Boolean belanghebbende,
            @Schema(description = "Alleen voor ambtenaren: dag van ontvangst van een papieren zienswijze", format = "date") String ontvangenOp,
            @Schema(description = "Alleen voor ambtenaren: of de indiener ingezetene is") Boolean ingezetene) {
    }

    @Schema(description = "De reactienota")
    public record ReactienotaInvoer(@Schema(description = "Algemeen deel", requiredMode = Schema.RequiredMode.REQUIRED) String tekst,
            @Schema(description = "Antwoord per zienswijze-id", requiredMode = Schema.RequiredMode.REQUIRED) Map<String, String> antwoorden) {
    }
}
