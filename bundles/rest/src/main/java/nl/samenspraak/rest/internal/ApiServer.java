package nl.samenspraak.rest.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Publishes every {@link ApiResource} and {@link ApiProvider} component as one CXF JAX-RS server at
 * {@code /v1} below CXF's servlet context ({@code /api}, see {@code org.apache.cxf.osgi}). A resource or
 * provider that comes or goes rebuilds the server.
 */
@Component(immediate = true)
public class ApiServer {

    public static final String API_VERSION = "1.0.0";
    static final String ADDRESS = "/v1";

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    private List<ApiResource> resources;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    private List<ApiProvider> providers;

    private Server server;

    @Activate
    void activate() {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(new ArrayList<>(resources));
        List<Object> all = new ArrayList<>(providers);
        all.add(new JacksonJsonProvider(objectMapper()));
        factory.setProviders(all);
        server = factory.create();
    }

    @Deactivate
    void deactivate() {
        server.destroy();
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }
}
