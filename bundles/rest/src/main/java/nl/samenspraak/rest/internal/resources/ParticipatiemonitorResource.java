package nl.samenspraak.rest.internal.resources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

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
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.monitor.Indicator;
import nl.samenspraak.api.monitor.Monitorfilter;
import nl.samenspraak.api.monitor.ParticipatiemonitorService;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.security.Toegang;

/** The indicators of the Participatiemonitor, for the gemeente's civil servants, as JSON or CSV. */
@Path("gemeenten/{code}/participatiemonitor")
@Tag(name = "Participatiemonitor", description = "Indicatoren, vragenlijsten voor deelnemers en hun uitkomsten")
@Component
public class ParticipatiemonitorResource implements ApiResource {

    static final String CSV = "text/csv";

    @Reference
    private ParticipatiemonitorService monitor;

    @Reference
    private Toegang toegang;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV + ";charset=utf-8" })
    @Operation(operationId = "participatiemonitor", summary = "De indicatoren van de gemeente",
            description = "Voor ambtenaren van de gemeente. Alle indicatoren, berekend uit wat het platform heeft vastgelegd, "
                    + "met sleutel, label, periode en berekening; met Accept: text/csv één regel per getal.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De indicatoren", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MonitorWeergave.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string", description = MonitorCsv.KOP)) })
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public Response indicatoren(@Context SecurityContext security, @Context HttpHeaders headers, @PathParam("code") String code,
            @Parameter(description = "Alleen dit kalenderjaar") @QueryParam("jaar") String jaar,
            @Parameter(description = "Alleen deze wijk (CBS-wijkcode)") @QueryParam("wijk") String wijk,
            @Parameter(description = "Alleen deze soort initiatief: bewonersinitiatief, uitdaagrecht, participatietraject of inspraak")
            @QueryParam("soort") String soort) {
        toegang.vereis(security, Rol.AMBTENAAR, code);
        Monitorfilter filter = filter(jaar, wijk, soort);
        List<Indicator> indicatoren = monitor.indicatoren(code, filter);
        if (wiltCsv(headers)) {
            return Response.ok(MonitorCsv.van(indicatoren), CSV + ";charset=utf-8").header("Content-Disposition",
                    "attachment; filename=\"participatiemonitor-" + code + filter.jaar().map(j -> "-" + j).orElse("") + ".csv\"")
                    .build();
        }
        return Response.ok(new MonitorWeergave(code, filter.jaar().orElse(null), wijk, Invoer.naam(filter.soort().orElse(null)),
                indicatoren.stream().map(IndicatorWeergave::of).toList()), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("benchmark")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "participatiemonitorBenchmark", summary = "De getallen van de gemeente naast die van andere gemeenten",
            description = "Voor ambtenaren van een gemeente die meedoet (monitor.benchmark = true in haar configuratie): per getal "
                    + "de mediaan van de andere deelnemende gemeenten, en van die met de helft tot het dubbele aantal inwoners; "
                    + "alleen over 5 of meer andere gemeenten, zonder te zeggen welke. Per ronde of traject wordt niet vergeleken; "
                    + "een wijk als filter ook niet.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De vergelijking", content = @Content(array = @ArraySchema(
            schema = @Schema(implementation = VergelijkingWeergave.class))))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    public List<VergelijkingWeergave> benchmark(@Context SecurityContext security, @PathParam("code") String code,
            @Parameter(description = "Alleen dit kalenderjaar") @QueryParam("jaar") String jaar,
            @Parameter(description = "Alleen deze soort initiatief") @QueryParam("soort") String soort) {
        toegang.vereis(security, Rol.AMBTENAAR, code);
        Monitorfilter filter = filter(jaar, null, soort);
        return monitor.benchmark(code, filter).stream().map(VergelijkingWeergave::of).toList();
    }

    private static Monitorfilter filter(String jaar, String wijk, String soort) {
        List<Overtreding> fouten = new ArrayList<>();
        Optional<Integer> gekozenJaar = Optional.empty();
        if (jaar != null) {
            try {
                gekozenJaar = Optional.of(Integer.parseInt(jaar));
            } catch (NumberFormatException e) {
                fouten.add(new Overtreding("jaar", "geen jaar: schrijf vier cijfers, bijvoorbeeld 2026"));
            }
        }
        Initiatiefsoort gekozenSoort = Invoer.keuze(fouten, "soort", soort, Initiatiefsoort.class);
        OngeldigeInvoerException.alsNodig(fouten);
        return new Monitorfilter(gekozenJaar, Optional.ofNullable(wijk), Optional.ofNullable(gekozenSoort));
    }

    /** CSV only when the client prefers it to JSON. */
    private static boolean wiltCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
            if (!type.isWildcardType() && "text".equals(type.getType()) && "csv".equals(type.getSubtype())) {
                return true;
            }
        }
        return false;
    }
}
