package nl.samenspraak.rest.internal.resources;

import static nl.samenspraak.rest.internal.resources.Invoer.naam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.security.Rol;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.api.wijkbudget.PapierenStemmenService;
import nl.samenspraak.api.wijkbudget.StemService.Kiezer;
import nl.samenspraak.api.wijkbudget.StemService;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.resources.SubsidieregelingenResource.RedenWeergave;
import nl.samenspraak.rest.internal.security.Toegang;

/**
 * Voting in a wijkbudget round, for the gemeente: it issues personal voting codes and reads in paper ballots with
 * the codes of their paper passes. Residents vote through {@link StemmenResource}. Shares its path with
 * {@link WijkbudgettenResource}, which holds the rounds, plans and result.
 */
@Path("gemeenten/{code}/wijkbudgetten")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wijkbudgetten", description = "Wijkbudgetrondes: plannen, steun, haalbaarheid, stempassen, stemmen en uitslag")
@Component
public class StemmingResource implements ApiResource {

    @Reference
    private StemService stemService;

    @Reference
    private PapierenStemmenService papierenStemmen;

    @Reference
    private Toegang toegang;

    @POST
    @Path("{id}/stempassen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stempassenUitgeven", summary = "Persoonlijke stemcodes uitgeven",
            description = "Voor ambtenaren van de gemeente: per bewoner uit de basisregistratie (kenmerk, geboortedatum, wijk) een "
                    + "stemcode, als de opzet van de ronde de bewoner toelaat; anders een weigering met het artikel. De codes worden "
                    + "alleen nu getoond en alleen als sleutel-hash bewaard, los van de bewoner.", security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Uitgegeven en geweigerd", content = @Content(schema = @Schema(implementation = StempassenWeergave.class)))
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
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
    @Path("{id}/papieren-stemmen")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @Operation(operationId = "papierenStemmen", summary = "Papieren stemmen inlezen",
            description = "Voor ambtenaren van de gemeente, in de fase stemmen. CSV: per regel stemcode;plan-id,plan-id of "
                    + "stemcode;plan-id:punten,...; of een Pabulib .pb-bestand met de stemcodes als voter_id. Elke stem wordt als papier "
                    + "gemarkeerd en getoetst als een digitale; geweigerde regels worden per regelnummer genoemd.",
            security = @SecurityRequirement(name = "basicAuth"))
    @ApiResponse(responseCode = "200", description = "Wat is ingelezen en wat niet", content = @Content(schema = @Schema(implementation = ImportWeergave.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "401", ref = Antwoorden.NIET_AANGEMELD)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    public ImportWeergave importeer(@Context SecurityContext security, @PathParam("code") String code, @PathParam("id") String id,
            String inhoud) {
        Gebruiker ambtenaar = toegang.vereis(security, Rol.AMBTENAAR, code);
        var resultaat = papierenStemmen.importeerPapierenStemmen(code, id, inhoud, ambtenaar.naam());
        return new ImportWeergave(resultaat.ingelezen(), resultaat.geweigerd());
    }
}
