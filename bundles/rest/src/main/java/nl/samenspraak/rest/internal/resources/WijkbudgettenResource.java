package nl.samenspraak.rest.internal.resources;

import static nl.samenspraak.rest.internal.resources.Invoer.naam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.api.wijkbudget.UitslagService;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * Wijkbudget rounds: public to read; opened, checked and closed by the gemeente's civil servants; plans and
 * support from the gemeente's residents; ballots with a personal voting code (no account needed).
 */
@Path("gemeenten/{code}/wijkbudgetten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wijkbudgetten", description = "Wijkbudgetrondes: plannen, steun, haalbaarheid, stempassen, stemmen en uitslag")
@Component
public class WijkbudgettenResource implements ApiResource {

    @Reference
    private RondeService rondeService;

    @Reference
    private UitslagService uitslagen;

    @Reference
    private Toegang toegang;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rondeOpenen", summary = "Een wijkbudgetronde openen",
            description = "Voor ambtenaren van de gemeente. Het toewijzingsproces dat de regels van vandaag voor de wijk "
                    + "voorschrijven bepaalt de opzet: steun, haalbaarheidstoets, wie stemt en het stembiljet.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "De ronde", content = @Content(schema = @Schema(implementation = RondeWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    public Response open(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code, RondeInvoer invoer) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        RondeInvoer r = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        Bedrag bedrag = Invoer.bedrag(fouten, "bedrag", r.bedrag());
        Map<Fase, LocalDate> planning = new EnumMap<>(Fase.class);
        (r.planning() == null ? Map.<String, String>of() : r.planning()).forEach((fase, dag) -> {
            Fase f = Invoer.keuze(fouten, "planning", fase, Fase.class);
            LocalDate d = Invoer.datum(fouten, "planning." + fase, dag);
            if (f != null && d != null) {
                planning.put(f, d);
            }
        });
        OngeldigeInvoerException.alsNodig(fouten);
        Ronde ronde = rondeService.open(code, new RondeService.NieuweRonde(r.titel(), r.wijk(), bedrag, r.budgetId(),
                Optional.ofNullable(r.proces()), planning), ambtenaar.naam());
        return Response.created(uri.getAbsolutePathBuilder().path(ronde.id()).build()).entity(RondeWeergave.of(ronde)).build();
    }

    @GET
    @Operation(operationId = "rondes", summary = "De wijkbudgetrondes van de gemeente", description = "Openbaar.")
    @ApiResponse(responseCode = "200", description = "De rondes", content = @Content(schema = @Schema(implementation = Rondes.class)))
    public Rondes list(@PathParam("code") String code) {
        return new Rondes(rondeService.list(code).stream().map(RondeWeergave::of).toList());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "ronde", summary = "Een wijkbudgetronde, met de uitslag zodra die er is", description = "Openbaar.")
    @ApiResponse(responseCode = "200", description = "De ronde", content = @Content(schema = @Schema(implementation = RondeWeergave.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public RondeWeergave get(@PathParam("code") String code, @PathParam("id") String id) {
        return RondeWeergave.of(rondeService.get(code, id));
    }

    @POST
    @Path("{id}/fase")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rondeFase", summary = "De ronde naar een volgende fase brengen",
            description = "Voor ambtenaren van de gemeente. Alleen vooruit, tot en met stemmen; fasen die de opzet vraagt worden "
                    + "niet overgeslagen. De stemming sluit met het vaststellen van de uitslag.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De ronde", content = @Content(schema = @Schema(implementation = RondeWeergave.class)))
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public RondeWeergave naarFase(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            FaseInvoer invoer) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        List<Overtreding> fouten = new ArrayList<>();
        Fase fase = Invoer.keuze(fouten, "fase", Invoer.body(invoer).fase(), Fase.class);
        OngeldigeInvoerException.alsNodig(fouten);
        return RondeWeergave.of(rondeService.naarFase(code, id, fase, ambtenaar.naam()));
    }

    @GET
    @Path("{id}/plannen")
    @Operation(operationId = "plannen", summary = "De plannen van een ronde, met steun en toetsing", description = "Openbaar.")
    @ApiResponse(responseCode = "200", description = "De plannen", content = @Content(schema = @Schema(implementation = Plannen.class)))
    public Plannen plannen(@PathParam("code") String code, @PathParam("id") String id) {
        Ronde ronde = rondeService.get(code, id);
        return new Plannen(rondeService.plannen(code, id).stream().map(p -> PlanWeergave.of(p, ronde)).toList());
    }

    @GET
    @Path("{id}/plannen/{plan}")
    @Operation(operationId = "plan", summary = "Een plan van een ronde, met steun en toetsing",
            description = "Openbaar; waar de header Location van een ingediend plan naar wijst.")
    @ApiResponse(responseCode = "200", description = "Het plan", content = @Content(schema = @Schema(implementation = PlanWeergave.class)))
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public PlanWeergave plan(@PathParam("code") String code, @PathParam("id") String id, @PathParam("plan") String plan) {
        Ronde ronde = rondeService.get(code, id);
        return rondeService.plannen(code, id).stream().filter(p -> p.id().equals(plan)).findFirst()
                .map(p -> PlanWeergave.of(p, ronde)).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id}/plannen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planIndienen", summary = "Een plan indienen",
            description = "Voor inwoners, ondernemers en organisaties van de gemeente, in de fase plannen_indienen.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "Het plan", content = @Content(schema = @Schema(implementation = PlanWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public Response dienPlanIn(@Context SecurityContext security, @Context UriInfo uri, @PathParam("code") String code,
            @PathParam("id") String id, PlanInvoer invoer) {
        Gebruiker indiener = toegang.vereisEenVan(security, Rol.INDIENERS, code);
        PlanInvoer p = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        Bedrag kosten = Invoer.bedrag(fouten, "geschatteKosten", p.geschatteKosten());
        OngeldigeInvoerException.alsNodig(fouten);
        Plan plan = rondeService.dienPlanIn(code, id, new RondeService.NieuwPlan(p.titel(), p.omschrijving(), kosten),
                indiener.naam());
        return Response.created(uri.getAbsolutePathBuilder().path(plan.id()).build())
                .entity(PlanWeergave.of(plan, rondeService.get(code, id))).build();
    }

    @POST
    @Path("{id}/plannen/{plan}/steun")
    @Operation(operationId = "planSteunen", summary = "Een plan steunen",
            description = "Voor inwoners, ondernemers en organisaties van de gemeente; één keer per plan.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het plan met zijn steun", content = @Content(schema = @Schema(implementation = PlanWeergave.class)))
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public PlanWeergave steun(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            @PathParam("plan") String plan) {
        Gebruiker steuner = toegang.vereisEenVan(security, Rol.INDIENERS, code);
        return PlanWeergave.of(rondeService.steun(code, id, plan, steuner.naam()), rondeService.get(code, id));
    }

    @POST
    @Path("{id}/plannen/{plan}/haalbaarheid")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planToetsen", summary = "De haalbaarheid van een plan vastleggen",
            description = "Voor ambtenaren van de gemeente, in de fase haalbaarheidstoets: haalbaar of niet, met reden en de "
                    + "definitieve kosten.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het plan", content = @Content(schema = @Schema(implementation = PlanWeergave.class)))
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public PlanWeergave toets(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            @PathParam("plan") String plan, ToetsInvoer invoer) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        ToetsInvoer t = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        Optional<Bedrag> kosten = Optional.ofNullable(Invoer.bedrag(fouten, "kosten", t.kosten()));
        OngeldigeInvoerException.alsNodig(fouten);
        return PlanWeergave.of(rondeService.toets(code, id, plan, t.haalbaar(), t.toelichting(), kosten, ambtenaar.naam()),
                rondeService.get(code, id));
    }

    @POST
    @Path("{id}/uitslag")
    @Operation(operationId = "uitslagVaststellen", summary = "De stemming sluiten en de uitslag vaststellen",
            description = "Voor ambtenaren van de gemeente. Het toewijzingsproces van de gemeente kiest de plannen, met uitleg; de "
                    + "gekozen plannen worden in dezelfde transactie op het budget van de wijk geboekt.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De ronde met uitslag", content = @Content(schema = @Schema(implementation = RondeWeergave.class)))
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public RondeWeergave sluit(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        return RondeWeergave.of(uitslagen.sluit(code, id, ambtenaar.naam()));
    }

    @GET
    @Path("{id}/pabulib")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @Operation(operationId = "rondePabulib", summary = "De ronde als Pabulib-bestand (.pb)",
            description = "Openbaar zodra de uitslag er is (ambtenaren van de gemeente ook tijdens de stemming): plannen, budget en "
                    + "alle stemmen onder pseudonieme sleutels, om met andere software na te tellen.")
    @ApiResponse(responseCode = "200", description = "Het .pb-bestand", content = @Content(mediaType = MediaType.TEXT_PLAIN))
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    public Response pabulib(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        Ronde ronde = rondeService.get(code, id);
        if (ronde.uitslag().isEmpty() && !toegang.aangemeld(security).map(g -> g.heeft(Rol.AMBTENAAR, code)).orElse(false)) {
            throw new ProblemException(403, "Voor de uitslag is de export alleen voor ambtenaren van " + code
                    + ": een tussenstand zou de stemming beïnvloeden");
        }
        return Response.ok(uitslagen.alsPabulib(code, id))
                .header("Content-Disposition", "attachment; filename=\"" + code + "_" + ronde.wijk() + "_" + id + ".pb\"").build();
    }

}
