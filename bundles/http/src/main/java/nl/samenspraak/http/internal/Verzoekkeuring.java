package nl.samenspraak.http.internal;

import java.io.IOException;
import java.util.OptionalInt;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;

/**
 * A Jetty handler that pax-web runs before every context (a {@link Handler} service with a positive ranking):
 * it sets the {@link Beveiligingsheaders} every answer starts with, refuses a request target that is no URI
 * with a 400 problem and a body over its {@link Verzoekgrootte} with a 413 before a servlet sees it, and while it
 * is in
 * the server it is also the server's {@link ProbleemFoutafhandeling}, restoring Jetty's own when it goes.
 */
@Component(service = Handler.class, property = "service.ranking:Integer=100")
public class Verzoekkeuring extends AbstractHandler {

    private final ErrorHandler foutafhandeling = new ProbleemFoutafhandeling();
    private ErrorHandler vorige;

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Beveiligingsheaders.zet(request, response);
        if (!Verzoekdoel.geldig(baseRequest.getHttpURI().getPathQuery())) {
            baseRequest.setHandled(true);
            ProbleemFoutafhandeling.schrijf(response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String pad = baseRequest.getHttpURI().getPath();
        boolean chunked = "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        OptionalInt weigering = Verzoekgrootte.weiger(pad == null ? "/" : pad, request.getContentLengthLong(), chunked);
        if (weigering.isPresent()) {
            baseRequest.setHandled(true);
            // the body is not read: the connection closes after the answer
            response.setHeader("Connection", "close");
            ProbleemFoutafhandeling.schrijf(response, weigering.getAsInt());
        }
    }

    @Override
    protected synchronized void doStart() throws Exception {
        super.doStart();
        Server server = getServer();
        if (server != null && server.getErrorHandler() != foutafhandeling) {
            vorige = server.getErrorHandler();
            // the server starts the handler it is given, and a started handler refuses a server: give it first
            foutafhandeling.setServer(server);
            server.setErrorHandler(foutafhandeling);
        }
    }

    @Override
    protected synchronized void doStop() throws Exception {
        Server server = getServer();
        if (server != null && server.getErrorHandler() == foutafhandeling) {
            server.setErrorHandler(vorige);
        }
        super.doStop();
    }
}
