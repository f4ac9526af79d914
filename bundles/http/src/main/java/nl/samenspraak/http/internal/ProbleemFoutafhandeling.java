package nl.samenspraak.http.internal;

import java.io.IOException;
import java.nio.ByteBuffer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's server-wide error handler: a request Jetty refuses while parsing it (400 bad message, 414 URI too
 * long, 431 headers too large) or one no context serves answers with a problem and the {@code API-Version}
 * header, like every error of the API, instead of Jetty's HTML page naming exceptions.
 */
class ProbleemFoutafhandeling extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, JettyProbleem.MEDIA_TYPE);
        Beveiligingsheaders.ZONDER_OPSLAG.forEach(fields::put);
        return ByteBuffer.wrap(JettyProbleem.json(status));
    }

    @Override
    public void doError(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        baseRequest.setHandled(true);
        schrijf(response, response.getStatus());
    }

    static void schrijf(HttpServletResponse response, int status) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        Beveiligingsheaders.ZONDER_OPSLAG.forEach(response::setHeader);
        byte[] body = JettyProbleem.json(status);
        response.setContentType(JettyProbleem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
