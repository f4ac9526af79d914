package nl.samenspraak.rest.internal.resources;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.budget.Boeking;
import nl.samenspraak.api.budget.BoekingSoort;
import nl.samenspraak.api.budget.Budget;
import nl.samenspraak.api.budget.BudgetNietGevondenException;
import nl.samenspraak.api.budget.BudgetService;
import nl.samenspraak.api.budget.NieuwBudget;
import nl.samenspraak.api.budget.NieuweBoeking;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.Problem;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * Budgets of a gemeente and their ledgers, for its civil servants and beheerders. Amounts are decimal strings
 * with two decimals ({@code "1500.00"}), never JSON numbers. A budget id of another gemeente is not found here.
 */
@Path("gemeenten/{code}/budgetten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Budgetten", description = "Budgetten van een gemeente (wijkbudgetten, subsidieplafonds) en hun grootboek")
@Component
public class BudgettenResource implements ApiResource {

    @Reference
    private BudgetService budgetten;

    @Reference
    private Toegang toegang;

    @GET
    @Operation(operationId = "budgetten", summary = "Alle budgetten van de gemeente",
            description = "Voor ambtenaren van deze gemeente en beheerders. Met de bedragen zoals ze uit het grootboek volgen.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De budgetten",
            content = @Content(schema = @Schema(implementation = BudgettenLijst.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen ambtenaar van deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Het platform bedient geen gemeente met deze code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BudgettenLijst list(@Context SecurityContext security,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0518") @PathParam("code") String code) {
        toegang.vereis(security, Rol.AMBTENAAR, code);
        return new BudgettenLijst(budgetten.list(code).stream().map(BudgetWeergave::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "budgetAanmaken", summary = "Een budget openen",
            description = "Voor ambtenaren van deze gemeente en beheerders. Het grootboek begint leeg; "
                    + "beschikbaar is dan het plafond.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "Het budget; de header Location wijst ernaar",
            content = @Content(schema = @Schema(implementation = BudgetWeergave.class)))
    @ApiResponse(responseCode = "400", description = "Velden voldoen niet (invalidParams); er is niets opgeslagen", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen ambtenaar van deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Het platform bedient geen gemeente met deze code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Context SecurityContext security, @Context UriInfo uriInfo,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0518") @PathParam("code") String code,
            BudgetVerzoek verzoek) {
        toegang.vereis(security, Rol.AMBTENAAR, code);
        if (verzoek == null) {
            throw new ProblemException(400, "Het verzoek heeft geen JSON-body");
        }
        List<Overtreding> fouten = new ArrayList<>();
        NieuwBudget nieuw = new NieuwBudget(verzoek.naam(), verzoek.wijk(), verzoek.regeling(),
                Invoer.datum(fouten, "van", verzoek.van()), Invoer.datum(fouten, "tot", verzoek.tot()),
                Invoer.bedrag(fouten, "plafond", verzoek.plafond()));
        weigerMet(fouten, () -> budgetten.validate(code, nieuw));
        Budget budget = budgetten.create(code, nieuw);
        URI location = uriInfo.getAbsolutePathBuilder().path(budget.id()).build();
        return Response.created(location).entity(BudgetWeergave.of(budget)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "budget", summary = "Eén budget met zijn bedragen",
            description = "Voor ambtenaren van deze gemeente en beheerders. beschikbaar = plafond - gereserveerd - "
                    + "toegekend + vrijgevallen; openstaand = gereserveerd + toegekend - uitbetaald - vrijgevallen.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het budget",
            content = @Content(schema = @Schema(implementation = BudgetWeergave.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen ambtenaar van deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Geen budget van deze gemeente, of geen gemeente met deze code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BudgetWeergave get(@Context SecurityContext security,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0518") @PathParam("code") String code,
            @Parameter(description = "Id van het budget") @PathParam("id") String id) {
        toegang.vereis(security, Rol.AMBTENAAR, code);
        return budgetten.find(code, id).map(BudgetWeergave::of).orElseThrow(() -> new BudgetNietGevondenException(code, id));
    }

    @GET
    @Path("{id}/boekingen")
    @Operation(operationId = "boekingen", summary = "Het grootboek van een budget",
            description = "Voor ambtenaren van deze gemeente en beheerders. Alle boekingen op volgnummer.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De boekingen",
            content = @Content(schema = @Schema(implementation = BoekingenLijst.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen ambtenaar van deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Geen budget van deze gemeente, of geen gemeente met deze code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BoekingenLijst ledger(@Context SecurityContext security,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0518") @PathParam("code") String code,
            @Parameter(description = "Id van het budget") @PathParam("id") String id) {
        toegang.vereis(security, Rol.AMBTENAAR, code);
        return new BoekingenLijst(budgetten.ledger(code, id).stream().map(BoekingWeergave::of).toList());
    }

    @GET
    @Path("{id}/boekingen/{volgnummer}")
    @Operation(operationId = "boeking", summary = "Eén boeking uit het grootboek",
            description = "Voor ambtenaren van deze gemeente en beheerders.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De boeking",
            content = @Content(schema = @Schema(implementation = BoekingWeergave.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen ambtenaar van deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Geen boeking, budget of gemeente met deze code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public BoekingWeergave boeking(@Context SecurityContext security,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0518") @PathParam("code") String code,
            @Parameter(description = "Id van het budget") @PathParam("id") String id,
            @Parameter(description = "Volgnummer van de boeking in het grootboek") @PathParam("volgnummer") long volgnummer) {
        toegang.vereis(security, Rol.AMBTENAAR, code);
        return budgetten.ledger(code, id).stream().filter(b -> b.volgnummer() == volgnummer)
                .findFirst().map(BoekingWeergave::of).orElseThrow(() -> new ProblemException(404,
                        "Budget " + id + " heeft geen boeking met volgnummer " + volgnummer));
    }

    @POST
    @Path("{id}/boekingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "boekingToevoegen", summary = "Een boeking toevoegen aan het grootboek",
            description = "Voor ambtenaren van deze gemeente en beheerders. Een reservering of toekenning boven wat "
                    + "beschikbaar is (het subsidieplafond) wordt geweigerd met 409, ook als veel verzoeken tegelijk "
                    + "komen; zo ook een uitbetaling boven wat is toegekend en een vrijval boven wat openstaat.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "201", description = "De boeking; de header Location wijst ernaar",
            content = @Content(schema = @Schema(implementation = BoekingWeergave.class)))
    @ApiResponse(responseCode = "400", description = "Velden voldoen niet (invalidParams); er is niets geboekt", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Geen ambtenaar van deze gemeente", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "Geen budget van deze gemeente, of geen gemeente met deze code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "Geweigerd door het grootboek (bijvoorbeeld boven het plafond); de detail noemt wat nog kan", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response book(@Context SecurityContext security, @Context UriInfo uriInfo,
            @Parameter(description = "CBS-gemeentecode, bijvoorbeeld GM0518") @PathParam("code") String code,
            @Parameter(description = "Id van het budget") @PathParam("id") String id, BoekingVerzoek verzoek) {
        Gebruiker gebruiker = toegang.vereis(security, Rol.AMBTENAAR, code);
        if (verzoek == null) {
            throw new ProblemException(400, "Het verzoek heeft geen JSON-body");
        }
        List<Overtreding> fouten = new ArrayList<>();
        NieuweBoeking nieuw = new NieuweBoeking(soort(fouten, verzoek.soort()), Invoer.bedrag(fouten, "bedrag", verzoek.bedrag()),
                verzoek.omschrijving(), verzoek.referentie());
        weigerMet(fouten, () -> budgetten.validate(nieuw));
        Boeking boeking = budgetten.book(code, id, nieuw, gebruiker.naam());
        URI location = uriInfo.getAbsolutePathBuilder().path(String.valueOf(boeking.volgnummer())).build();
        return Response.created(location).entity(BoekingWeergave.of(boeking)).build();
    }

    // ---- input ----

    private static BoekingSoort soort(List<Overtreding> fouten, String tekst) {
        if (tekst == null) {
            return null; // the service says it is required
        }
        try {
            return BoekingSoort.valueOf(tekst.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fouten.add(new Overtreding("soort", "een van reservering, toekenning, uitbetaling, vrijval"));
            return null;
        }
    }

    /**
     * When the JSON could not be read into the domain's types, refuses with those fields and every other field
     * the domain refuses, so the client hears of all of them at once. Nothing is stored.
     */
    private static void weigerMet(List<Overtreding> fouten, Supplier<List<Overtreding>> domeinFouten) {
        if (fouten.isEmpty()) {
            return;
        }
        Set<String> gemeld = fouten.stream().map(Overtreding::veld).collect(Collectors.toSet());
        List<Overtreding> alle = new ArrayList<>(fouten);
        domeinFouten.get().stream().filter(o -> !gemeld.contains(o.veld())).forEach(alle::add);
        throw new OngeldigeInvoerException(alle);
    }

    // ---- JSON ----

    @Schema(description = "Een nieuw budget")
    public record BudgetVerzoek(
            @Schema(description = "Naam", example = "Wijkbudget Moerwijk 2025", requiredMode = Schema.RequiredMode.REQUIRED) String naam,
            @Schema(description = "CBS-code van een wijk van deze gemeente; weglaten voor de hele gemeente", example = "WK051836") String wijk,
            @Schema(description = "Code van de subsidieregeling (kleine letters, cijfers, streepjes)", example = "bewonersinitiatieven") String regeling,
            @Schema(description = "Eerste dag van de periode", example = "2025-01-01", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String van,
            @Schema(description = "Laatste dag van de periode", example = "2025-12-31", format = "date", requiredMode = Schema.RequiredMode.REQUIRED) String tot,
            @Schema(description = "Plafond in euro, als tekst met hoogstens twee decimalen", example = "50000.00", pattern = "^\\d{1,12}(\\.\\d{1,2})?$", requiredMode = Schema.RequiredMode.REQUIRED) String plafond) {
    }

    @Schema(description = "Een nieuwe boeking")
    public record BoekingVerzoek(
            @Schema(description = "Soort boeking", allowableValues = { "reservering", "toekenning", "uitbetaling", "vrijval" }, requiredMode = Schema.RequiredMode.REQUIRED) String soort,
            @Schema(description = "Bedrag in euro, als tekst met hoogstens twee decimalen, meer dan 0", example = "1500.00", pattern = "^\\d{1,12}(\\.\\d{1,2})?$", requiredMode = Schema.RequiredMode.REQUIRED) String bedrag,
            @Schema(description = "Omschrijving", example = "Buurtfeest Zuiderpark", requiredMode = Schema.RequiredMode.REQUIRED) String omschrijving,
            @Schema(description = "Waar de boeking over gaat, bijvoorbeeld het id van een aanvraag", example = "aanvraag-2025-0042") String referentie) {
    }

    @Schema(description = "De budgetten van een gemeente")
    public record BudgettenLijst(List<BudgetWeergave> budgetten) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een budget met de bedragen uit zijn grootboek (euro, als tekst)")
    public record BudgetWeergave(String id,
            @Schema(description = "CBS-gemeentecode", example = "GM0518") String gemeente, String naam,
            @Schema(description = "CBS-wijkcode, als het budget voor één wijk is", example = "WK051836") String wijk,
            @Schema(description = "Code van de subsidieregeling, als die er is") String regeling,
            @Schema(description = "Eerste dag van de periode", format = "date") String van,
            @Schema(description = "Laatste dag van de periode", format = "date") String tot,
            @Schema(example = "50000.00") String plafond,
            @Schema(description = "Som van de reserveringen", example = "0.00") String gereserveerd,
            @Schema(description = "Som van de toekenningen", example = "1500.00") String toegekend,
            @Schema(description = "Som van de uitbetalingen", example = "0.00") String uitbetaald,
            @Schema(description = "Som van de vrijval", example = "0.00") String vrijgevallen,
            @Schema(description = "Gereserveerd of toegekend, niet uitbetaald en niet vrijgevallen", example = "1500.00") String openstaand,
            @Schema(description = "Wat nog gereserveerd of toegekend kan worden; nooit negatief", example = "48500.00") String beschikbaar) {
        static BudgetWeergave of(Budget b) {
            var s = b.saldo();
            return new BudgetWeergave(b.id(), b.gemeente(), b.naam(), b.wijk().orElse(null), b.regeling().orElse(null),
                    b.van().toString(), b.tot().toString(), s.plafond().toString(), s.gereserveerd().toString(),
                    s.toegekend().toString(), s.uitbetaald().toString(), s.vrijgevallen().toString(),
                    s.openstaand().toString(), s.beschikbaar().toString());
        }
    }

    @Schema(description = "Het grootboek van een budget, op volgnummer")
    public record BoekingenLijst(List<BoekingWeergave> boekingen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een boeking in het grootboek")
    public record BoekingWeergave(@Schema(description = "Volgnummer in het grootboek: 1, 2, 3, ...") long volgnummer,
            @Schema(allowableValues = { "reservering", "toekenning", "uitbetaling", "vrijval" }) String soort,
            @Schema(example = "1500.00") String bedrag, String omschrijving, String referentie,
            @Schema(description = "Tijdstip van boeken (ISO 8601)") String geboektOp,
            @Schema(description = "Gebruiker die boekte") String geboektDoor) {
        static BoekingWeergave of(Boeking b) {
            return new BoekingWeergave(b.volgnummer(), b.soort().name().toLowerCase(Locale.ROOT), b.bedrag().toString(), b.omschrijving(),
                    b.referentie().orElse(null), b.geboektOp().toString(), b.geboektDoor());
        }
    }
}
