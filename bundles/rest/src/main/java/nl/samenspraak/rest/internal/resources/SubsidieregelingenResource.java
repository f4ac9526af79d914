package nl.samenspraak.rest.internal.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.regels.RegelingOnbekendException;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Subsidieregeling;

/**
 * A gemeente's subsidy schemes as the rules in force say: their facts, and a trial assessment of an
 * application before it is submitted. Nothing is stored. Without rules in force the answer is 503: the
 * platform never decides on a default.
 */
@Path("gemeenten/{code}/subsidieregelingen/{regeling}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regels")
@Component
public class SubsidieregelingenResource implements ApiResource {

    @Reference
    private GemeenteRegistry gemeenten;

    @Reference
    private Kalender kalender;

    @Reference
    private RegelsRegister register;

    @GET
    @Operation(operationId = "subsidieregeling", summary = "De feiten van een subsidieregeling",
            description = "Openbaar. Maxima, aanvraagtermijn, vereiste ondersteuning en beslistermijn van de "
                    + "regeling die op de peildatum (standaard vandaag) geldt.")
    @ApiResponse(responseCode = "200", description = "De regeling",
            content = @Content(schema = @Schema(implementation = RegelingWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    public RegelingWeergave regeling(@PathParam("code") String code,
            @Parameter(description = "Sleutel van de regeling, zoals bewonersinitiatief") @PathParam("regeling") String regeling,
            @Parameter(description = "Peildatum (JJJJ-MM-DD), standaard vandaag") @QueryParam("datum") String datum) {
        LocalDate peildatum = datum == null ? kalender.vandaag() : RegelsResource.datum(datum);
        GeldendeRegels<Subsidieregeling> geldend = geldend(code, regeling, peildatum);
        Regelingsfeiten feiten = geldend.regels().feiten();
        Map<String, String> maxima = new TreeMap<>();
        feiten.maximumInCenten().forEach((schaal, centen) -> maxima.put(schaal.name().toLowerCase(), Bedrag.centen(centen).toString()));
        return new RegelingWeergave(regeling, RegelsHerkomst.van(geldend), maxima, feiten.aanvraagVooraf().toString(),
                feiten.minimumleeftijdAanvrager(), feiten.vereisteOndersteuners(), feiten.minimumleeftijdOndersteuners(),
                new TermijnWeergave(feiten.beslistermijn().duur().toString(), feiten.beslistermijn().grondslag().artikel()));
    }

    @POST
    @Path("beoordelingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subsidieProeftoets", summary = "Een aanvraag vooraf toetsen",
            description = "Openbaar. Toetst een aanvraag aan de regeling die geldt op de dag van indiening en geeft "
                    + "de uitkomst met de redenen en hun artikelen. Er wordt niets opgeslagen en niets besloten.")
    @ApiResponse(responseCode = "200", description = "De uitkomst van de toets",
            content = @Content(schema = @Schema(implementation = BeoordelingWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "503", ref = Antwoorden.NIET_BESCHIKBAAR)
    public BeoordelingWeergave beoordeel(@PathParam("code") String code, @PathParam("regeling") String regeling,
            AanvraagInvoer invoer) {
        Gemeente gemeente = BediendeGemeente.vind(gemeenten, code);
        Subsidieaanvraag aanvraag = aanvraag(invoer, gemeente);
        GeldendeRegels<Subsidieregeling> geldend = geldend(code, regeling, aanvraag.ingediendOp());
        Beoordeling beoordeling = geldend.regels().beoordeel(aanvraag);
        return new BeoordelingWeergave(beoordeling.uitkomst().name().toLowerCase(),
                Bedrag.centen(beoordeling.bedragInCenten()).toString(),
                beoordeling.redenen().stream().map(r -> new RedenWeergave(r.artikel(), r.toelichting())).toList(),
                RegelsHerkomst.van(geldend));
    }

    private GeldendeRegels<Subsidieregeling> geldend(String code, String regeling, LocalDate datum) {
        BediendeGemeente.vind(gemeenten, code);
        RegelingOnbekendException.weigerOnbekende(register, code, regeling);
        return register.subsidieregeling(code, regeling, datum).orElseThrow(() -> new ProblemException(503,
                "Voor " + code + " geldt op " + datum + " geen subsidieregeling '" + regeling + "': "
                        + register.waaromGeen(code, Subsidieregeling.class, regeling, datum)
                        + ", dus er kan niet worden beslist"));
    }

    private Subsidieaanvraag aanvraag(AanvraagInvoer invoer, Gemeente gemeente) {
        if (invoer == null) {
            throw new OngeldigeInvoerException("body", "een aanvraag als JSON is verplicht");
        }
        List<Overtreding> fouten = new ArrayList<>();
        LocalDate ingediendOp = invoer.ingediendOp() == null ? kalender.vandaag()
                : Invoer.datum(fouten, "ingediendOp", invoer.ingediendOp());
        if (invoer.wijk() != null && gemeente.wijk(invoer.wijk()).isEmpty()) {
            fouten.add(new Overtreding("wijk", "'" + invoer.wijk() + "' is geen wijk van " + gemeente.naam()));
        }
        Subsidieaanvraag aanvraag = Invoer.subsidieaanvraag(fouten, ingediendOp, invoer.activiteitOp(), invoer.gevraagd(),
                invoer.schaal(), invoer.wijk(), invoer.leeftijdAanvrager(), invoer.leeftijdenOndersteuners(), invoer.kenmerken());
        OngeldigeInvoerException.alsNodig(fouten);
        return aanvraag;
    }

    @Schema(description = "Een aanvraag om vooraf te toetsen")
    public record AanvraagInvoer(
            @Schema(description = "Dag van indiening (JJJJ-MM-DD), standaard vandaag; de regeling van die dag toetst") String ingediendOp,
            @Schema(description = "Dag waarop de activiteit begint (JJJJ-MM-DD)", requiredMode = Schema.RequiredMode.REQUIRED) String activiteitOp,
            @Schema(description = "Gevraagd bedrag in euro's, bijvoorbeeld \"750.00\"", requiredMode = Schema.RequiredMode.REQUIRED) String gevraagd,
            @Schema(description = "straat, buurt, wijk of stad", requiredMode = Schema.RequiredMode.REQUIRED) String schaal,
            @Schema(description = "CBS-wijkcode als de activiteit in één wijk is") String wijk,
            @Schema(description = "Leeftijd van de aanvrager", requiredMode = Schema.RequiredMode.REQUIRED) Integer leeftijdAanvrager,
            @Schema(description = "Leeftijden van de bewoners die de aanvraag ondersteunen") List<Integer> leeftijdenOndersteuners,
            @Schema(description = "Kenmerken, zoals openbaar_toegankelijk of past_in_wijkagenda") List<String> kenmerken) {
    }

    @Schema(description = "De uitkomst van een toets")
    public record BeoordelingWeergave(@Schema(description = "toegekend, afgewezen of aanvulling_nodig") String uitkomst,
            @Schema(description = "Toegekend bedrag in euro's") String bedrag, List<RedenWeergave> redenen,
            RegelsHerkomst regels) {
    }

    @Schema(description = "Een reden met het artikel waarop zij berust")
    public record RedenWeergave(String artikel, String toelichting) {
    }

    @Schema(description = "De feiten van een subsidieregeling")
    public record RegelingWeergave(String regeling, RegelsHerkomst regels,
            @Schema(description = "Maximum per schaal in euro's") Map<String, String> maxima,
            @Schema(description = "Hoe lang vooraf (ISO 8601-periode) een aanvraag binnen moet zijn") String aanvraagVooraf,
            int minimumleeftijdAanvrager, int vereisteOndersteuners, int minimumleeftijdOndersteuners,
            TermijnWeergave beslistermijn) {
    }

    @Schema(description = "Een termijn (ISO 8601-periode) met zijn grondslag")
    public record TermijnWeergave(String duur, String artikel) {
    }
}
