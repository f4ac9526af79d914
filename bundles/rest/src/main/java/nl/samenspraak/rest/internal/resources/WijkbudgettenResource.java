package nl.samenspraak.rest.internal.resources;

import static nl.samenspraak.rest.internal.resources.Invoer.naam;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

import com.fasterxml.jackson.annotation.JsonInclude;

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
import nl.samenspraak.api.wijkbudget.PapierenStemmenService;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemService.Kiezer;
import nl.samenspraak.api.wijkbudget.StemService;
import nl.samenspraak.api.wijkbudget.UitslagService;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.Problem;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.resources.InitiatiefWeergave.HerkomstWeergave;
import nl.samenspraak.rest.internal.resources.SubsidieregelingenResource.RedenWeergave;
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
    private StemService stemService;

    @Reference
    private PapierenStemmenService papierenStemmen;

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
    @ApiResponse(responseCode = "400", description = "Velden voldoen niet; er is niets opgeslagen", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen ambtenaar van deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "Geen toewijzingsproces van kracht voor deze wijk", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @ApiResponse(responseCode = "404", description = "Geen ronde met dit id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @ApiResponse(responseCode = "409", description = "Die fase volgt niet (nu)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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

    @POST
    @Path("{id}/plannen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "planIndienen", summary = "Een plan indienen",
            description = "Voor inwoners, ondernemers en organisaties van de gemeente, in de fase plannen_indienen.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "Het plan", content = @Content(schema = @Schema(implementation = PlanWeergave.class)))
    @ApiResponse(responseCode = "400", description = "Velden voldoen niet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Niet in de fase plannen_indienen", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @ApiResponse(responseCode = "409", description = "Er wordt geen steun (meer) verzameld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @ApiResponse(responseCode = "409", description = "Niet in de fase haalbaarheidstoets", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @Path("{id}/stempassen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stempassenUitgeven", summary = "Persoonlijke stemcodes uitgeven",
            description = "Voor ambtenaren van de gemeente: per bewoner uit de basisregistratie (kenmerk, geboortedatum, wijk) een "
                    + "stemcode, als de opzet van de ronde de bewoner toelaat; anders een weigering met het artikel. De codes worden "
                    + "alleen nu getoond en alleen als sleutel-hash bewaard, los van de bewoner.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Uitgegeven en geweigerd", content = @Content(schema = @Schema(implementation = StempassenWeergave.class)))
    @ApiResponse(responseCode = "409", description = "De stemming is gesloten", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StempassenWeergave stempassen(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            StempassenInvoer invoer) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        List<Overtreding> fouten = new ArrayList<>();
        List<Kiezer> kiezers = new ArrayList<>();
        List<KiezerInvoer> lijst = Invoer.body(invoer).kiezers() == null ? List.of() : invoer.kiezers();
        for (int i = 0; i < lijst.size(); i++) {
            KiezerInvoer k = lijst.get(i);
            kiezers.add(k == null ? null : new Kiezer(k.kenmerk(), Invoer.datum(fouten, "kiezers[" + i + "].geboortedatum",
                    k.geboortedatum()), k.wijk()));
        }
        OngeldigeInvoerException.alsNodig(fouten);
        var passen = stemService.geefStempassenUit(code, id, kiezers, ambtenaar.naam());
        Map<String, RedenWeergave> geweigerd = new LinkedHashMap<>();
        passen.geweigerd().forEach((kenmerk, reden) -> geweigerd.put(kenmerk, new RedenWeergave(reden.artikel(), reden.toelichting())));
        return new StempassenWeergave(passen.uitgegeven(), geweigerd);
    }

    @POST
    @Path("{id}/stemmen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stemmen", summary = "Stemmen met een persoonlijke stemcode",
            description = "Zonder account: de stemcode is het bewijs. Eén stem per code; een tweede stem wordt geweigerd (409), niet "
                    + "vervangen. Het ontvangstbewijs is de pseudonieme sleutel waaronder de stem is bewaard en in de Pabulib-export staat.")
    @ApiResponse(responseCode = "201", description = "De stem is ontvangen", content = @Content(schema = @Schema(implementation = Ontvangstbewijs.class)))
    @ApiResponse(responseCode = "400", description = "Geen stemcode", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "De stemcode hoort niet bij deze ronde", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Al gestemd, of de stemming is niet open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "422", description = "Het stembiljet gaat over zijn grenzen", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response stem(@PathParam("code") String code, @PathParam("id") String id, StemInvoer invoer) {
        StemInvoer s = Invoer.body(invoer);
        Stem stem = stemService.stem(code, id, s.stemcode(), s.plannen(), s.punten());
        return Response.status(201).entity(new Ontvangstbewijs(stem.stemmer())).build();
    }

    @POST
    @Path("{id}/papieren-stemmen")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Operation(operationId = "papierenStemmen", summary = "Papieren stemmen inlezen",
            description = "Voor ambtenaren van de gemeente, in de fase stemmen. CSV: per regel stemcode;plan-id,plan-id of "
                    + "stemcode;plan-id:punten,...; of een Pabulib .pb-bestand met de stemcodes als voter_id. Elke stem wordt als papier "
                    + "gemarkeerd en getoetst als een digitale; geweigerde regels worden per regelnummer genoemd.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Wat is ingelezen en wat niet", content = @Content(schema = @Schema(implementation = ImportWeergave.class)))
    @ApiResponse(responseCode = "400", description = "Het bestand is niet te lezen", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportWeergave importeer(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            String inhoud) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        var resultaat = papierenStemmen.importeerPapierenStemmen(code, id, inhoud, ambtenaar.naam());
        return new ImportWeergave(resultaat.ingelezen(), resultaat.geweigerd());
    }

    @POST
    @Path("{id}/uitslag")
    @Operation(operationId = "uitslagVaststellen", summary = "De stemming sluiten en de uitslag vaststellen",
            description = "Voor ambtenaren van de gemeente. Het toewijzingsproces van de gemeente kiest de plannen, met uitleg; de "
                    + "gekozen plannen worden in dezelfde transactie op het budget van de wijk geboekt.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De ronde met uitslag", content = @Content(schema = @Schema(implementation = RondeWeergave.class)))
    @ApiResponse(responseCode = "409", description = "Niet in de fase stemmen, of het budget heeft geen ruimte", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "503", description = "Geen toewijzingsproces van kracht, of het gaf geen bruikbaar antwoord", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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
    @ApiResponse(responseCode = "403", description = "Tijdens de stemming alleen voor ambtenaren", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Er is nog niet gestemd", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response pabulib(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id) {
        Ronde ronde = rondeService.get(code, id);
        if (ronde.uitslag().isEmpty() && !toegang.aangemeld(security).map(g -> g.heeft(Rol.AMBTENAAR, code)).orElse(false)) {
            throw new ProblemException(403, "Voor de uitslag is de export alleen voor ambtenaren van " + code
                    + ": een tussenstand zou de stemming beïnvloeden");
        }
        return Response.ok(uitslagen.alsPabulib(code, id))
                .header("Content-Disposition", "attachment; filename=\"" + code + "_" + ronde.wijk() + "_" + id + ".pb\"").build();
    }

    // ---- JSON ----

    @Schema(description = "Een nieuwe wijkbudgetronde")
    public record RondeInvoer(@Schema(example = "Wijkbudget De Huet 2027", requiredMode = Schema.RequiredMode.REQUIRED) String titel,
            @Schema(example = "WK022201", requiredMode = Schema.RequiredMode.REQUIRED) String wijk,
            @Schema(example = "50000.00", requiredMode = Schema.RequiredMode.REQUIRED) String bedrag,
            @Schema(description = "Budget waarop de gekozen plannen worden geboekt", requiredMode = Schema.RequiredMode.REQUIRED) String budgetId,
            @Schema(description = "Sleutel van het toewijzingsproces; weglaten als er één voor de wijk geldt") String proces,
            @Schema(description = "Geplande eerste dag per fase, bijvoorbeeld {\"stemmen\":\"2027-03-01\"}") Map<String, String> planning) {
    }

    @Schema(description = "De volgende fase")
    public record FaseInvoer(@Schema(description = "steun_verzamelen, haalbaarheidstoets, stemmen of uitvoering", requiredMode = Schema.RequiredMode.REQUIRED) String fase) {
    }

    @Schema(description = "Een nieuw plan")
    public record PlanInvoer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String titel,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving,
            @Schema(example = "12500.00", requiredMode = Schema.RequiredMode.REQUIRED) String geschatteKosten) {
    }

    @Schema(description = "De haalbaarheidstoets van een plan")
    public record ToetsInvoer(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean haalbaar,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String toelichting,
            @Schema(description = "Definitieve kosten, als die afwijken van de schatting", example = "11800.00") String kosten) {
    }

    @Schema(description = "Bewoners die een stemcode krijgen")
    public record StempassenInvoer(List<KiezerInvoer> kiezers) {
    }

    @Schema(description = "Een bewoner zoals de basisregistratie hem kent")
    public record KiezerInvoer(@Schema(description = "Kenmerk van de bewoner (bijvoorbeeld een pseudoniem uit de BRP)") String kenmerk,
            @Schema(format = "date") String geboortedatum, @Schema(example = "WK022201") String wijk) {
    }

    @Schema(description = "Uitgegeven stemcodes per kenmerk (alleen nu zichtbaar) en weigeringen met artikel")
    public record StempassenWeergave(Map<String, String> uitgegeven, Map<String, RedenWeergave> geweigerd) {
    }

    @Schema(description = "Een stem")
    public record StemInvoer(@Schema(example = "K7QM-2XHP-9RTA", requiredMode = Schema.RequiredMode.REQUIRED) String stemcode,
            @Schema(description = "Gekozen plannen (goedkeuringsstembiljet)") List<String> plannen,
            @Schema(description = "Punten per plan (puntenverdeling)") Map<String, Integer> punten) {
    }

    @Schema(description = "Bewijs van ontvangst: de pseudonieme sleutel van de stem, zoals in de Pabulib-export")
    public record Ontvangstbewijs(String ontvangstbewijs) {
    }

    @Schema(description = "Resultaat van het inlezen van papieren stemmen")
    public record ImportWeergave(int ingelezen, @Schema(description = "Reden per geweigerd regelnummer") Map<Integer, String> geweigerd) {
    }

    @Schema(description = "De rondes")
    public record Rondes(List<RondeWeergave> rondes) {
    }

    @Schema(description = "De plannen van een ronde")
    public record Plannen(List<PlanWeergave> plannen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een plan")
    public record PlanWeergave(String id, String titel, String omschrijving, String geschatteKosten, String indiener, long steun,
            Boolean haalbaar, String toetsing, String kosten, @Schema(description = "Of het plan op het stembiljet staat") boolean opStembiljet) {
        static PlanWeergave of(Plan p, Ronde ronde) {
            return new PlanWeergave(p.id(), p.titel(), p.omschrijving(), p.geschatteKosten().toString(), p.indiener(), p.steun(),
                    p.haalbaar().orElse(null), p.toetsing().orElse(null), p.kosten().map(Bedrag::toString).orElse(null),
                    p.opStembiljet(ronde.opzet().ondersteunersPerPlan(), ronde.opzet().haalbaarheidstoets()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een wijkbudgetronde")
    public record RondeWeergave(String id, String gemeente, String wijk, String titel, String bedrag, String budgetId, String proces,
            String fase, Map<String, String> planning, OpzetWeergave opzet, String peildatum, HerkomstWeergave regels,
            String ingesteldDoor, String ingesteldOp, UitslagWeergave uitslag) {
        static RondeWeergave of(Ronde r) {
            Map<String, String> planning = new LinkedHashMap<>();
            r.planning().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> planning.put(e.getKey().naam(), e.getValue().toString()));
            var o = r.opzet();
            return new RondeWeergave(r.id(), r.gemeente(), r.wijk(), r.titel(), r.bedrag().toString(), r.budgetId(), r.proces(),
                    r.fase().naam(), planning, new OpzetWeergave(naam(o.besluitvorming()), o.juryleden(), o.ondersteunersPerPlan(),
                            o.haalbaarheidstoets(), o.minimumleeftijd(), o.alleenWijkbewoners(), naam(o.stembiljet().wijze()),
                            o.stembiljet().maximum(), new RedenWeergave(o.grondslag().artikel(), o.grondslag().toelichting())),
                    r.peildatum().toString(), HerkomstWeergave.of(r.regels()), r.ingesteldDoor(), r.ingesteldOp().toString(),
                    r.uitslag().map(u -> new UitslagWeergave(u.gekozen(), u.toegewezen().toString(), u.resterend().toString(),
                            u.digitaleStemmen(), u.papierenStemmen(), u.uitleg(),
                            u.redenen().stream().map(x -> new RedenWeergave(x.artikel(), x.toelichting())).toList(),
                            HerkomstWeergave.of(u.regels()), u.vastgesteldDoor(), u.vastgesteldOp().toString())).orElse(null));
        }
    }

    @Schema(description = "Hoe de ronde verloopt, volgens het toewijzingsproces van de gemeente; vast vanaf het openen")
    public record OpzetWeergave(@Schema(allowableValues = { "stemming", "jury" }) String besluitvorming, int juryleden,
            int ondersteunersPerPlan, boolean haalbaarheidstoets, int minimumleeftijd, boolean alleenWijkbewoners,
            @Schema(allowableValues = { "goedkeuring", "goedkeuring_max_plannen", "goedkeuring_binnen_budget", "punten_verdelen" }) String stembiljet,
            int stembiljetMaximum, RedenWeergave grondslag) {
    }

    @Schema(description = "De uitslag")
    public record UitslagWeergave(List<String> gekozen, String toegewezen, String resterend, long digitaleStemmen,
            long papierenStemmen, String uitleg, List<RedenWeergave> redenen, HerkomstWeergave regels, String vastgesteldDoor,
            String vastgesteldOp) {
    }
}
