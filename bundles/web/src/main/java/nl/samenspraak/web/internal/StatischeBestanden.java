package nl.samenspraak.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * {@code /static/*}: the NL Design System style sheets the build fetched from npm, and Samenspraak's own, served
 * from this bundle by the whiteboard.
 */
@Component(service = StatischeBestanden.class)
@HttpWhiteboardResource(pattern = "/static/*", prefix = "/static")
public class StatischeBestanden {
}
