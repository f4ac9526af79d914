package nl.samenspraak.mail.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.initiatief.InitiatiefService;
import nl.samenspraak.api.mail.Mailadressen;
import nl.samenspraak.api.mail.Outbox;

/**
 * The background worker that sends the outbox, configured by {@code etc/nl.samenspraak.mail.cfg}. Without
 * {@code enabled = true} (a fresh distribution) it sends nothing and messages wait. With it, one thread looks at
 * the outbox every {@code interval} seconds (and from 07:00 places each gemeente's daily werkvoorraad once, from
 * {@code dagoverzicht} each resident's daily overview); no
 * request ever waits for SMTP. A changed configuration restarts it.
 */
@Component(service = Verzender.class, configurationPid = MailConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true)
@Designate(ocd = MailConfig.class)
public class Verzender {

    private static final Logger LOG = LoggerFactory.getLogger(Verzender.class);

    private final Outbox outbox;
    private final MailConfig config;
    private final Afmeldtokens tokens;
    private final String node;
    private final ScheduledExecutorService draad;
    private volatile boolean actief = true;

    @Activate
    public Verzender(@Reference Outbox outbox, @Reference Mailadressen adressen, @Reference Afzenders afzenders,
            @Reference GemeenteRegistry gemeenten, @Reference InitiatiefService initiatieven, MailConfig config,
            BundleContext context) throws IOException {
        this.outbox = outbox;
        this.config = config;
        this.tokens = new Afmeldtokens(sleutel(config, context));
        this.node = System.getProperty("karaf.name", "samenspraak") + "@" + System.getProperty("karaf.base", "");
        if (!aan()) {
            LOG.info("Mail is off: messages wait in the outbox until etc/{}.cfg has enabled = true, a host and a from address",
                    MailConfig.PID);
            draad = null;
            return;
        }
        Optional<File> eigen = Optional.ofNullable(System.getProperty("karaf.etc")).map(etc -> new File(etc, "mail"));
        Sjablonen sjablonen = new Sjablonen(Verzender.class.getClassLoader(), eigen);
        Smtp smtp = new Smtp(config.host(), config.port(), config.starttls(), config.username(), config.password(),
                config.from(), config.timeout());
        Postbode postbode = new Postbode(outbox, adressen, afzenders, sjablonen, tokens, smtp::verstuur, config.url(), node,
                Duration.ofSeconds(config.lease()), Backoff.STANDAARD, Clock.systemUTC());
        WerkvoorraadPlanner werkvoorraad = new WerkvoorraadPlanner(gemeenten, initiatieven, outbox, afzenders, Clock.systemUTC());
        DagoverzichtPlanner dagoverzicht = new DagoverzichtPlanner(outbox, adressen, postbode::onderwerp, postbode::link,
                tijdVanDagoverzicht(config), Clock.systemUTC());
        int vrij = outbox.geefVrij(node);
        if (vrij > 0) {
            LOG.info("{} message(s) this node was sending when it stopped are queued again", vrij);
        }
        draad = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "samenspraak-mail");
            t.setDaemon(true);
            return t;
        });
        draad.scheduleWithFixedDelay(() -> {
            try {
                werkvoorraad.plan();
                dagoverzicht.plan();
                postbode.ronde(() -> actief);
            } catch (RuntimeException e) {
                // the database may be away for a moment; the next round tries again
                LOG.warn("Sending the outbox failed: {}", e.toString());
            }
        }, 0, Math.max(1, config.interval()), TimeUnit.SECONDS);
        LOG.info("Mail is on: sending through {}:{} as {}", config.host(), config.port(), config.from());
    }

    @Deactivate
    void stop() throws InterruptedException {
        actief = false;
        if (draad != null) {
            // no interrupt: a mail being handed to the server is finished first (at most the SMTP timeout)
            draad.shutdown();
            if (!draad.awaitTermination(config.timeout() + 5000L, TimeUnit.MILLISECONDS)) {
                draad.shutdownNow();
            }
        }
    }

    private static LocalTime tijdVanDagoverzicht(MailConfig config) {
        try {
            return LocalTime.parse(config.dagoverzicht().strip());
        } catch (DateTimeParseException e) {
            LOG.warn("dagoverzicht = {} in etc/{}.cfg is no time of day like 08:00; the daily overview goes out at {}",
                    config.dagoverzicht(), MailConfig.PID, DagoverzichtPlanner.STANDAARD);
            return DagoverzichtPlanner.STANDAARD;
        }
    }

    /** Whether mail is configured to go out. */
    boolean aan() {
        return config.enabled() && !config.host().isBlank() && !config.from().isBlank();
    }

    String server() {
        return config.host() + ":" + config.port();
    }

    Afmeldtokens tokens() {
        return tokens;
    }

    /**
     * The configured key, or one this node made once and keeps in its data folder (fine for one node; several nodes
     * need the same configured key, or a link mailed by one is refused by another).
     */
    private static byte[] sleutel(MailConfig config, BundleContext context) throws IOException {
        if (!config.sleutel().isBlank()) {
            return config.sleutel().getBytes(StandardCharsets.UTF_8);
        }
        File bestand = context.getDataFile("afmeldsleutel");
        if (bestand.isFile()) {
            return Base64.getDecoder().decode(Files.readString(bestand.toPath()).trim());
        }
        byte[] nieuw = new byte[32];
        new SecureRandom().nextBytes(nieuw);
        Files.writeString(bestand.toPath(), Base64.getEncoder().encodeToString(nieuw), StandardOpenOption.CREATE_NEW);
        return nieuw;
    }
}
