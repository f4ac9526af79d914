package nl.samenspraak.rest.internal.resources;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.swagger.v3.oas.annotations.Hidden;
import nl.samenspraak.rest.internal.ApiResource;

/**
 * Serves the OpenAPI 3.0 document that the build generated from these resources' annotations.
 */
@Path("openapi.json")
@Hidden
@Component
public class OpenApiResource implements ApiResource {

    private byte[] document;

    @Activate
    void activate() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream("/openapi/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi/openapi.json is missing from the bundle");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any website may read the document (NL API Design Rules, /core/doc-openapi): it holds no secret. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response openapi() {
        return Response.ok(document).header("Access-Control-Allow-Origin", "*").build();
    }
}
