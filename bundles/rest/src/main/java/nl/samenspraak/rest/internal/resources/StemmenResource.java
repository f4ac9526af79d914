package nl.samenspraak.rest.internal.resources;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.samenspraak.api.mail.Stembewijzen;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemService;
import nl.samenspraak.rest.internal.ApiResource;
import nl.samenspraak.rest.internal.security.Clientadres;

/**
 * Residents voting with their personal code (no account needed). The busiest request of a round, so it has a root
 * path of its own: CXF then matches a ballot against this one method, not against every method of the round's path
 * ({@link WijkbudgettenResource}, {@link StemmingResource}), which was a quarter of a ballot's time in the request
 * thread.
 */
@Path("gemeenten/{code}/wijkbudgetten/{id}/stemmen")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wijkbudgetten", description = "Wijkbudgetrondes: plannen, steun, haalbaarheid, stempassen, stemmen en uitslag")
@Component
public class StemmenResource implements ApiResource {

    @Reference
    private StemService stemService;

    /** Absent when the platform runs without the mail feature: then no receipt is mailed. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Stembewijzen stembewijzen;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "stemmen", summary = "Stemmen met een persoonlijke stemcode",
            description = "Zonder account: de stemcode is het bewijs. Eén stem per code; een tweede stem wordt geweigerd (409), niet "
                    + "vervangen. Het ontvangstbewijs is de pseudonieme sleutel waaronder de stem is bewaard en in de Pabulib-export staat.")
    @ApiResponse(responseCode = "201", description = "De stem is ontvangen", content = @Content(schema = @Schema(implementation = Ontvangstbewijs.class)))
    @ApiResponse(responseCode = "400", ref = Antwoorden.ONGELDIG)
    @ApiResponse(responseCode = "403", ref = Antwoorden.GEEN_TOEGANG)
    @ApiResponse(responseCode = "409", ref = Antwoorden.CONFLICT)
    @ApiResponse(responseCode = "422", ref = Antwoorden.GEWEIGERD)
    @ApiResponse(responseCode = "429", ref = Antwoorden.TE_VAAK)
    public Response stem(@PathParam("code") String code, @PathParam("id") String id, StemInvoer invoer) {
        StemInvoer s = Invoer.body(invoer);
        Stembewijzen bewijzen = stembewijzen;
        boolean bewijs = s.bewijsAan() != null && !s.bewijsAan().isBlank() && bewijzen != null;
        if (bewijs) {
            bewijzen.controleer(s.bewijsAan().strip(), "bewijsAan");
        }
        Stem stem = stemService.stem(code, id, s.stemcode(), s.plannen(), s.punten(), Clientadres.van());
        if (bewijs) {
            bewijzen.stuur(code, id, s.bewijsAan().strip());
        }
        return Response.status(201).entity(new Ontvangstbewijs(stem.stemmer())).build();
    }
}
