package nl.samenspraak.mail.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Frequentie;
import nl.samenspraak.api.mail.Mailadres;
import nl.samenspraak.api.mail.Mailadressen;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.Outbox;

/**
 * One round of sending: claims what is due, finds each message's address, renders it and hands it to SMTP. A
 * message goes to the user's current address (none, or one who wants no such mail: it lapses), to the address
 * given with it (a vote receipt), or to the gemeente's civil servants. A failure puts it back with the next attempt
 * per {@link Backoff}; nothing is ever dropped because the server was down.
 */
final class Postbode {

    /** Sends one rendered mail; throws when the server did not accept it. */
    @FunctionalInterface
    interface Bezorging {
        void verstuur(Mail mail) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Postbode.class);
    private static final int PER_RONDE = 25;

    private final Outbox outbox;
    private final Mailadressen adressen;
    private final Afzenders afzenders;
    private final Sjablonen sjablonen;
    private final Afmeldtokens tokens;
    private final Bezorging bezorging;
    private final String url;
    private final String node;
    private final Duration lease;
    private final Backoff backoff;
    private final Clock klok;

    Postbode(Outbox outbox, Mailadressen adressen, Afzenders afzenders, Sjablonen sjablonen, Afmeldtokens tokens,
            Bezorging bezorging, String url, String node, Duration lease, Backoff backoff, Clock klok) {
        this.outbox = outbox;
        this.adressen = adressen;
        this.afzenders = afzenders;
        this.sjablonen = sjablonen;
        this.tokens = tokens;
        this.bezorging = bezorging;
        this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        this.node = node;
        this.lease = lease;
        this.backoff = backoff;
        this.klok = klok;
    }

    /** Sends until nothing is due; returns how many went out. */
    int ronde() {
        return ronde(() -> true);
    }

    /**
     * Sends until nothing is due or {@code doorgaan} says stop (checked before each message, so a stopping node never
     * breaks off a mail halfway; what it claimed and did not send, it releases when it starts again).
     */
    int ronde(BooleanSupplier doorgaan) {
        int verzonden = 0;
        List<Bericht> batch;
        while (doorgaan.getAsBoolean() && !(batch = outbox.claim(node, klok.instant(), lease, PER_RONDE)).isEmpty()) {
            for (Bericht bericht : batch) {
                if (!doorgaan.getAsBoolean()) {
                    return verzonden;
                }
                if (bezorg(bericht)) {
                    verzonden++;
                }
            }
        }
        return verzonden;
    }

    private boolean bezorg(Bericht bericht) {
        Afzender afzender = afzenders.van(bericht.gemeente());
        Optional<String> aan;
        Optional<String> afmeldlink = Optional.empty();
        if (bericht.gebruiker().isPresent()) {
            String gebruiker = bericht.gebruiker().get();
            Optional<Mailadres> adres = adressen.van(gebruiker);
            if (adres.isEmpty()) {
                outbox.vervallen(bericht.id(), "geen e-mailadres bekend van " + gebruiker);
                return false;
            }
            if (adres.get().frequentie(bericht.soort()) == Frequentie.NOOIT) {
                outbox.vervallen(bericht.id(), gebruiker + " wil geen " + bericht.soort().naam());
                return false;
            }
            if (adres.get().frequentie(bericht.soort()) == Frequentie.DAGELIJKS && bericht.soort() != Mailsoort.DAGOVERZICHT) {
                outbox.stelUit(bericht.id());
                return false;
            }
            aan = Optional.of(adres.get().adres());
            afmeldlink = Optional.of(url + "/mail/afmelden?t=" + tokens.token(gebruiker, bericht.soort()));
        } else if (bericht.adres().isPresent()) {
            aan = bericht.adres();
        } else {
            aan = afzender.ambtenaren();
            if (aan.isEmpty()) {
                outbox.vervallen(bericht.id(), "gemeente " + bericht.gemeente() + " heeft geen " + Afzender.AMBTENAREN
                        + " in haar configuratie");
                return false;
            }
        }
        try {
            Map<String, String> extra = extra(bericht, afzender);
            afmeldlink.ifPresent(l -> extra.put("afmeldlink", l));
            Sjablonen.Inhoud inhoud = sjablonen.maak(bericht.gemeente(), bericht.soort(), bericht.gegevens(), extra);
            bezorging.verstuur(new Mail(aan.get(), afzender, inhoud.onderwerp(), inhoud.tekst(), inhoud.html(), afmeldlink));
        } catch (Exception e) {
            String fout = beschrijf(e);
            Instant volgende = klok.instant().plus(backoff.na(bericht.pogingen()));
            LOG.warn("Mail {} ({}) not sent, attempt {}, next at {}: {}", bericht.id(), bericht.soort().naam(),
                    bericht.pogingen(), volgende, fout);
            outbox.mislukt(bericht.id(), fout, volgende);
            return false;
        }
        outbox.verzonden(bericht.id(), klok.instant());
        return true;
    }

    private Map<String, String> extra(Bericht bericht, Afzender afzender) {
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("gemeentenaam", afzender.naam());
        extra.put("url", url);
        extra.put("link", link(bericht));
        extra.put("profiel", url + "/profiel/mail");
        return extra;
    }

    /** The page a message is about, as its mail links to it. */
    String link(Bericht bericht) {
        return url + bericht.gegevens().getOrDefault("pad", "/gemeenten/" + bericht.gemeente());
    }

    /** The subject a message has as a mail of its own (its gemeente's template), for a daily overview that lists it. */
    String onderwerp(Bericht bericht) {
        try {
            return sjablonen.maak(bericht.gemeente(), bericht.soort(), bericht.gegevens(), extra(bericht,
                    afzenders.van(bericht.gemeente()))).onderwerp();
        } catch (Exception e) {
            throw new IllegalStateException("the template " + bericht.soort().naam() + " of " + bericht.gemeente()
                    + " cannot be rendered: " + beschrijf(e), e);
        }
    }

    /** The exception and its causes in one line: "IOException while sending message" alone says little. */
    static String beschrijf(Throwable e) {
        StringBuilder tekst = new StringBuilder();
        for (Throwable t = e; t != null && tekst.length() < 1000; t = t.getCause() == t ? null : t.getCause()) {
            tekst.append(tekst.length() == 0 ? "" : "; oorzaak: ").append(t.getClass().getSimpleName()).append(": ")
                    .append(t.getMessage());
        }
        return tekst.toString();
    }
}
