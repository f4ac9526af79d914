package nl.samenspraak.rest.internal.resources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.ws.rs.GET;
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
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Verordening;

/**
 * Which local rules decide for a gemeente: public, so residents know the rules before they apply.
 */
@Path("gemeenten/{code}/regels")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Regels", description = "De lokale regels (verordening, subsidieregelingen, toewijzingsprocessen) per gemeente")
@Component
public class RegelsResource implements ApiResource {

    @Reference
    private GemeenteRegistry gemeenten;

    @Reference
    private RegelsRegister register;

    @GET
    @Operation(operationId = "regels", summary = "De regels van een gemeente",
            description = "Openbaar. Zonder datum alle geïnstalleerde regels met hun geldigheid; met datum alleen "
                    + "de regels die op die dag gelden. Een gemeente die de modelregels heeft overgenomen, toont die.")
    @ApiResponse(responseCode = "200", description = "De regels",
            content = @Content(schema = @Schema(implementation = RegelsLijst.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public RegelsLijst regels(@Parameter(description = "CBS-gemeentecode") @PathParam("code") String code,
            @Parameter(description = "Peildatum (JJJJ-MM-DD)") @QueryParam("datum") String datum) {
        BediendeGemeente.vind(gemeenten, code);
        Optional<LocalDate> peildatum = Optional.ofNullable(datum).map(RegelsResource::datum);
        return new RegelsLijst(register.alle(code).stream()
                .filter(r -> peildatum.map(d -> r.info().geldigOp(d)).orElse(true))
                .map(RegelsWeergave::van).toList());
    }

    static LocalDate datum(String tekst) {
        List<Overtreding> fouten = new ArrayList<>();
        LocalDate datum = Invoer.datum(fouten, "datum", tekst);
        OngeldigeInvoerException.alsNodig(fouten);
        return datum;
    }

    @Schema(description = "Regels van een gemeente")
    public record RegelsLijst(List<RegelsWeergave> regels) {
    }

    @Schema(description = "Eén set regels met herkomst en geldigheid")
    public record RegelsWeergave(
            @Schema(description = "verordening, subsidieregeling of toewijzingsproces") String soort,
            @Schema(description = "Sleutel van de regeling of het proces, zoals bewonersinitiatief") String sleutel,
            String titel, String vindplaats, String geldigVanaf,
            @Schema(description = "Leeg zolang de regels gelden zonder einddatum") String geldigTot,
            @Schema(description = "Bundel die de regels levert") String bundel, String bundelversie) {

        static RegelsWeergave van(GeldendeRegels<? extends Regels> geldend) {
            Regels regels = geldend.regels();
            String soort = Stream.of(Verordening.class, Subsidieregeling.class, Toewijzingsproces.class)
                    .filter(t -> t.isInstance(regels)).findFirst().map(t -> t.getSimpleName().toLowerCase()).orElse("");
            String sleutel = regels instanceof Subsidieregeling s ? s.regeling()
                    : regels instanceof Toewijzingsproces p ? p.proces() : null;
            return new RegelsWeergave(soort, sleutel, geldend.info().titel(), geldend.info().vindplaats(),
                    geldend.info().geldigVanaf().toString(), geldend.info().geldigTot().map(Object::toString).orElse(null),
                    geldend.bundel(), geldend.bundelversie());
        }
    }
}
