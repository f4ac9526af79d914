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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
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
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
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
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
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
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
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
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
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
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
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
}
