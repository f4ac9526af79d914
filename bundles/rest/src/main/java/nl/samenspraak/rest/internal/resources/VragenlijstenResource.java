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
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Inzage;
import nl.samenspraak.api.monitor.Aanleiding;
import nl.samenspraak.api.monitor.Vragenlijst;
import nl.samenspraak.api.monitor.VragenlijstNietGevondenException;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.api.monitor.VragenlijstService.Invulling;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * Questionnaires for participants: read them, and answer once. A questionnaire after a besluit concerns a personal
 * application, so it exists only for those who may see that application.
 */
@Path("gemeenten/{code}/vragenlijsten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participatiemonitor")
@Component
public class VragenlijstenResource implements ApiResource {

    @Reference
    private VragenlijstService vragenlijsten;

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private Toegang toegang;

    @GET
    @Operation(operationId = "vragenlijsten", summary = "De vragenlijsten over een traject, inspraak, aanvraag of wijkbudgetronde",
            description = "Er is een vragenlijst zodra de aanleiding er is: een afgeronde fase, een reactienota, een besluit of "
                    + "een uitslag. Openbaar, behalve over een persoonlijke aanvraag.")
    @ApiResponse(responseCode = "200", description = "De vragenlijsten, oudste eerst",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = VragenlijstWeergave.class))))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public List<VragenlijstWeergave> lijst(@Context SecurityContext security, @PathParam("code") String code,
            @Parameter(description = "Het id van het initiatief of de wijkbudgetronde", required = true) @QueryParam("onderwerp") String onderwerp) {
        if (onderwerp == null || onderwerp.isBlank()) {
            throw new OngeldigeInvoerException("onderwerp", "verplicht: het id van een initiatief of wijkbudgetronde");
        }
        // a personal application stays as hidden as on its own path, also when it has no questionnaire yet
        Optional<Initiatief> initiatief;
        try {
            initiatief = Optional.of(initiatieven.get(code, onderwerp));
        } catch (InitiatiefNietGevondenException e) {
            initiatief = Optional.empty(); // a wijkbudget round, public, or nothing (the next call answers 404)
        }
        initiatief.ifPresent(i -> Inzage.zichtbaar(toegang.aangemeld(security), i, initiatieven.deelnames(code, onderwerp)));
        List<Vragenlijst> lijsten = vragenlijsten.vragenlijsten(code, onderwerp);
        return lijsten.stream().map(VragenlijstWeergave::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "vragenlijst", summary = "Een vragenlijst met de stellingen en de mogelijke antwoorden",
            description = "Openbaar, behalve over een persoonlijke aanvraag.")
    @ApiResponse(responseCode = "200", description = "De vragenlijst", content = @Content(schema = @Schema(implementation = VragenlijstWeergave.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public VragenlijstWeergave get(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        return VragenlijstWeergave.of(zichtbaar(security, code, vragenlijsten.vragenlijst(code, id)));
    }

    @POST
    @Path("{id}/reacties")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "vragenlijstBeantwoorden", summary = "Een vragenlijst invullen",
            description = "Eén keer per deelnemer. Wie meedeed aan het traject, de inspraak of de aanvraag, is aangemeld; wie "
                    + "stemde over een wijkbudget, geeft het ontvangstbewijs van de stem en hoeft niet aan te melden. Bewaard wordt "
                    + "alleen een schuilnaam per vragenlijst, nooit de naam of het ontvangstbewijs, en alleen de dag.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "Bewaard", content = @Content(schema = @Schema(implementation = ReactieOntvangen.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    public Response beantwoord(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code,
            @PathParam("id") String id, ReactieInvoer invoer) {
        Vragenlijst v = vragenlijsten.vragenlijst(code, id);
        // a questionnaire of participants asks who they are first; a voter's receipt is checked with the answers
        Gebruiker gebruiker = v.metOntvangstbewijs() ? null : toegang.gebruiker(security);
        if (gebruiker != null) {
            zichtbaar(security, code, v);
            if (!gebruiker.hoortBij(code)) {
                throw new ProblemException(403, "Alleen wie bij " + code + " hoort en meedeed, kan deze vragenlijst invullen");
            }
        }
        ReactieInvoer r = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        Invulling invulling = Monitorinvoer.invulling(fouten, r);
        OngeldigeInvoerException.alsNodig(fouten);
        if (gebruiker == null) {
            vragenlijsten.beantwoordMetOntvangstbewijs(code, id, invulling, r.ontvangstbewijs());
        } else {
            vragenlijsten.beantwoord(code, id, invulling, gebruiker.naam());
        }
        return Response.created(uri.getBaseUriBuilder().path("gemeenten").path(code).path("vragenlijsten").path(id).build())
                .entity(new ReactieOntvangen(id)).build();
    }

    /** A questionnaire on a personal application is as hidden as the application (404). */
    private Vragenlijst zichtbaar(SecurityContext security, String code, Vragenlijst v) {
        if (v.aanleiding() == Aanleiding.BESLUIT) {
            Optional<Gebruiker> gebruiker = toegang.aangemeld(security);
            if (!Inzage.magZien(gebruiker, initiatieven.get(code, v.onderwerp()), initiatieven.deelnames(code, v.onderwerp()))) {
                throw new VragenlijstNietGevondenException(code, v.id());
            }
        }
        return v;
    }
}
