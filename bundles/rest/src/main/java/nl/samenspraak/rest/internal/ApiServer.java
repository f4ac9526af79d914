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
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

/**
 * Publishes every {@link ApiResource} and {@link ApiProvider} component as one CXF JAX-RS server at
 * {@code /v1} below CXF's servlet context ({@code /api}, see {@code org.apache.cxf.osgi}). A resource or
 * provider that comes or goes rebuilds the server. Paths under {@code /api} outside {@code /v1} answer with a
 * problem too, not with CXF's HTML page.
 */
@Component(immediate = true)
public class ApiServer {

    public static final String API_VERSION = "1.0.0";
    static final String ADDRESS = "/v1";

    @Reference(cardinality = ReferenceCardinality.AT_LEAST_ONE, policyOption = ReferencePolicyOption.GREEDY)
    private List<ApiResource> resources;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
    private List<ApiProvider> providers;

    private Server api;
    private Server fallback;

    @Activate
    void activate() {
        api = create(ADDRESS, new ArrayList<>(resources));
        // CXF picks the longest matching address: everything under /api that is not /api/v1 lands here
        fallback = create("/", List.of(new UnknownPathResource()));
    }

    private Server create(String address, List<Object> serviceBeans) {
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setBus(BusFactory.getDefaultBus());
        factory.setAddress(address);
        factory.setServiceBeans(serviceBeans);
        List<Object> all = new ArrayList<>(providers);
        all.add(new JacksonJsonProvider(objectMapper()));
        all.add(new AllowFilter(serviceBeans));
        factory.setProviders(all);
        return factory.create();
    }

    @Deactivate
    void deactivate() {
        fallback.destroy();
        api.destroy();
    }

    static ObjectMapper objectMapper() {
        ObjectMapper mapper = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        // a text field takes a JSON string only: an amount sent as the number 1500.1 is refused (400), never
        // read through a floating point number
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        // a whole number takes no fraction (1.5 as an age was read as 1), a yes/no only true or false (1 or "ja"
        // were read as true)
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}
