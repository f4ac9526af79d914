package nl.samenspraak.http.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalInt;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.AbstractHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Jetty handler that pax-web runs before every context (a {@link Handler} service with a positive ranking):
 * it takes the client's address, scheme and host from a {@link VertrouwdeProxies trusted proxy}'s
 * {@code X-Forwarded-*} headers ({@link Doorgestuurd}), so that every servlet's {@code getRemoteAddr()} is the
 * client's; it sets the {@link Beveiligingsheaders} every answer starts with, and {@code Strict-Transport-Security}
 * on HTTPS; it refuses a request target that is no URI with a 400 problem, sends plain HTTP to HTTPS when so
 * configured, and refuses a body over its {@link Verzoekgrootte} with a 413 before a servlet sees it. While it is in
 * the server it is also the server's {@link ProbleemFoutafhandeling}, restoring Jetty's own when it goes.
 * <p>
 * A changed configuration takes effect at once: the handler stays registered, so Jetty is not restarted.
 */
@Component(service = Handler.class, property = "service.ranking:Integer=100", configurationPid = Verzoekkeuring.PID)
@Designate(ocd = Verzoekkeuring.Config.class)
public class Verzoekkeuring extends AbstractHandler {

    static final String PID = "nl.samenspraak.http";
    /** A year, as browsers' preload lists ask. */
    static final long HSTS_STANDAARD = 31_536_000L;

    @ObjectClassDefinition(name = "Samenspraak HTTP-transport",
            description = "HTTPS, HSTS en reverse proxy's: wat Jetty doet voordat een servlet een verzoek ziet")
    @interface Config {
        @AttributeDefinition(description = "Adressen en CIDR-bereiken (komma's of spaties ertussen) van reverse proxy's "
                + "van wie X-Forwarded-For, -Proto en -Host gelden; leeg: van niemand")
        String trusted_proxies() default "";

        @AttributeDefinition(description = "max-age van Strict-Transport-Security op antwoorden over HTTPS, in seconden; "
                + "0: geen HSTS")
        long hsts_seconds() default HSTS_STANDAARD;

        @AttributeDefinition(description = "Verzoeken over gewoon HTTP met 308 naar HTTPS sturen")
        boolean http_redirect() default false;
    }

    private record Instellingen(VertrouwdeProxies proxies, String hsts, boolean omleiden) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(Verzoekkeuring.class);

    private final ErrorHandler foutafhandeling = new ProbleemFoutafhandeling();
    private ErrorHandler vorige;
    private volatile Instellingen instellingen = new Instellingen(VertrouwdeProxies.GEEN,
            HttpsOmleiding.hsts(HSTS_STANDAARD), false);

    @Activate
    @Modified
    void configureer(Config config) {
        VertrouwdeProxies proxies = VertrouwdeProxies.lees(config.trusted_proxies(),
                fout -> LOG.error("{}: trusted.proxies: {}; dit deel wordt niet vertrouwd", PID, fout));
        instellingen = new Instellingen(proxies, HttpsOmleiding.hsts(config.hsts_seconds()), config.http_redirect());
        LOG.info("{}: X-Forwarded-* geldt van {} vertrouwde adres(bereik)en; HSTS {}; gewoon HTTP {}", PID, proxies.aantal(),
                config.hsts_seconds() > 0 ? "max-age=" + config.hsts_seconds() : "uit",
                config.http_redirect() ? "naar HTTPS" : "toegestaan");
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Instellingen nu = instellingen;
        InetSocketAddress peer = baseRequest.getHttpChannel().getRemoteAddress();
        InetAddress peerAdres = peer == null ? null : peer.getAddress();
        boolean viaProxy = peerAdres != null && nu.proxies().vertrouwt(peerAdres);
        Optional<Doorgestuurd> doorgestuurd = viaProxy ? Doorgestuurd.lees(peerAdres, Doorgestuurd.Koppen.van(request),
                nu.proxies()) : Optional.empty();
        doorgestuurd.ifPresent(d -> neemOver(baseRequest, d));

        Beveiligingsheaders.zet(request, response);
        if (nu.hsts() != null && request.isSecure()) {
            response.setHeader("Strict-Transport-Security", nu.hsts());
        }
        if (!Verzoekdoel.geldig(baseRequest.getHttpURI().getPathQuery())) {
            baseRequest.setHandled(true);
            ProbleemFoutafhandeling.schrijf(response, HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (nu.omleiden() && !request.isSecure()) {
            // through a proxy only when it said the client used plain HTTP: a proxy that says nothing may have
            // spoken HTTPS to the client, and a redirect would loop
            int poort = viaProxy ? doorgestuurd.flatMap(Doorgestuurd::https).filter(https -> !https).map(h -> 443).orElse(-1)
                    : tlsPoort();
            if (poort > 0) {
                baseRequest.setHandled(true);
                response.setStatus(308);
                response.setHeader("Location", HttpsOmleiding.doel(request.getServerName(), poort,
                        baseRequest.getHttpURI().getPathQuery()));
                response.setHeader("Connection", "close");
                response.setContentLength(0);
                return;
            }
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

    private static void neemOver(Request baseRequest, Doorgestuurd d) {
        baseRequest.setRemoteAddr(new InetSocketAddress(d.client(), 0));
        d.https().ifPresent(https -> {
            baseRequest.setSecure(https);
            baseRequest.setScheme(https ? "https" : "http");
        });
        d.host().ifPresent(host -> baseRequest.setAuthority(host, d.poort()));
    }

    /** The port of this server's TLS connector (pax-web's secure connector), or -1 when HTTPS is off. */
    private int tlsPoort() {
        Server server = getServer();
        if (server == null) {
            return -1;
        }
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof ServerConnector tls && tls.getConnectionFactory(SslConnectionFactory.class) != null) {
                return tls.getLocalPort() > 0 ? tls.getLocalPort() : tls.getPort();
            }
        }
        return -1;
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
