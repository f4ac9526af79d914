package nl.samenspraak.rest.internal.resources;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.InitiatiefNietGevondenException;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.monitor.Monitorinzage;
import nl.samenspraak.api.monitor.ParticipatiemonitorService;
import nl.samenspraak.api.monitor.Typering;
import nl.samenspraak.api.monitor.VragenlijstService;
import nl.samenspraak.api.monitor.VragenlijstService.NieuweZelfevaluatie;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * The project leader's view of what participants answered, and their self-evaluation: for the gemeente's civil
 * servants and the subject's project leader or procesbegeleider.
 */
@Path("gemeenten/{code}/reactieoverzichten/{onderwerp}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participatiemonitor")
@Component
public class ReactieoverzichtenResource implements ApiResource {

    @Reference
    private VragenlijstService vragenlijsten;

    @Reference
    private InitiatiefService initiatieven;

    @Reference
    private ParticipatiemonitorService monitor;

    @Reference
    private Toegang toegang;

    @GET
    @Operation(operationId = "reactieoverzicht", summary = "Wat de deelnemers antwoordden over een traject, inspraak, aanvraag of ronde",
            description = "Per stelling de verdeling en het gemiddelde naast de score van de projectleider, de rapportcijfers en "
                    + "de open antwoorden; onder 5 reacties alleen het aantal. Voor ambtenaren van de gemeente en de projectleider "
                    + "of procesbegeleider.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het overzicht", content = @Content(schema = @Schema(implementation = ReactieoverzichtWeergave.class)))
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public ReactieoverzichtWeergave get(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("onderwerp") String onderwerp) {
        vereisInzage(security, code, onderwerp);
        return ReactieoverzichtWeergave.of(vragenlijsten.overzicht(code, onderwerp));
    }

    @GET
    @Path("kerncijfers")
    @Operation(operationId = "kerncijfers", summary = "De kerncijfers van een traject, inspraak, aanvraag of ronde",
            description = "De indicatoren van de Participatiemonitor uit wat het platform vastlegde die bij de soort horen "
                    + "(deelnemers per traject en fase; besluit binnen de termijn en doorlooptijd; reactienota; per wijkbudgetronde "
                    + "plannen, stemmen, opkomst en toegewezen budget), berekend over alleen dit onderwerp en over de hele tijd, "
                    + "onder dezelfde sleutels. Wat deelnemers antwoordden staat in het reactieoverzicht. Voor wie dat mag zien.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "De kerncijfers", content = @Content(array = @ArraySchema(
            schema = @Schema(implementation = IndicatorWeergave.class))))
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public List<IndicatorWeergave> kerncijfers(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("onderwerp") String onderwerp) {
        vereisInzage(security, code, onderwerp);
        return monitor.kerncijfers(code, onderwerp).stream().map(IndicatorWeergave::of).toList();
    }

    @PUT
    @Path("zelfevaluatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "zelfevaluatie", summary = "De zelfevaluatie van de projectleider geven of vervangen",
            description = "Alleen voor een participatietraject: dezelfde acht stellingen als de deelnemers en de typering van het "
                    + "traject.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Het overzicht met de zelfevaluatie", content = @Content(schema = @Schema(implementation = ReactieoverzichtWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "404", ref = Antwoorden.NIET_GEVONDEN)
    public ReactieoverzichtWeergave evalueer(@Context SecurityContext security, @PathParam("code") String code,
            @PathParam("onderwerp") String onderwerp, ZelfevaluatieInvoer invoer) {
        Gebruiker gebruiker = vereisInzage(security, code, onderwerp);
        ZelfevaluatieInvoer z = Invoer.body(invoer);
        List<Overtreding> fouten = new ArrayList<>();
        NieuweZelfevaluatie evaluatie = new NieuweZelfevaluatie(Monitorinvoer.stellingen(fouten, z.stellingen()),
                Invoer.keuze(fouten, "soort", z.soort(), Typering.Participatiesoort.class),
                Invoer.keuze(fouten, "niveau", z.niveau(), Participatieniveau.class),
                Invoer.keuze(fouten, "schaal", z.schaal(), Typering.Schaal.class), z.duurInWeken(),
                Invoer.keuze(fouten, "beslisser", z.beslisser(), Typering.Beslisser.class));
        OngeldigeInvoerException.alsNodig(fouten);
        vragenlijsten.evalueer(code, onderwerp, evaluatie, gebruiker.naam());
        return ReactieoverzichtWeergave.of(vragenlijsten.overzicht(code, onderwerp));
    }

    private Gebruiker vereisInzage(SecurityContext security, String code, String onderwerp) {
        Gebruiker gebruiker = toegang.gebruiker(security);
        List<Deelname> deelnames;
        try {
            deelnames = initiatieven.deelnames(code, onderwerp);
        } catch (InitiatiefNietGevondenException e) {
            deelnames = List.of();
        }
        if (!Monitorinzage.magOverzichtZien(java.util.Optional.of(gebruiker), code, deelnames)) {
            throw new ProblemException(403, "Dit overzicht is voor ambtenaren van " + code
                    + " en de projectleider of procesbegeleider");
        }
        return gebruiker;
    }
}
