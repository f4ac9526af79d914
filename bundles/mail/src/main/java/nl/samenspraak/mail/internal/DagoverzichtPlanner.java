package nl.samenspraak.mail.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Frequentie;
import nl.samenspraak.api.mail.Mailadres;
import nl.samenspraak.api.mail.Mailadressen;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.NieuwBericht;
import nl.samenspraak.api.mail.Outbox;

/**
 * The residents' daily overview: from the configured time of day (Dutch time), what the sender set aside for a
 * user who wants that kind once a day, and that was made before that time today, goes into one mail per user and
 * gemeente, listing each message's subject and link. Every node may try; the overview's outbox key
 * ({@code do-<date>-<hash of user and gemeente>}) and the conditional update that bundles its messages let one node
 * place it, and tell each message in one overview only.
 * <p>
 * The user's wishes are read again here: a kind they switched to "meteen" since is sent on its own now, a kind
 * switched to "nooit", or a removed address, lets the message lapse.
 */
final class DagoverzichtPlanner {

    static final LocalTime STANDAARD = LocalTime.of(8, 0);
    private static final int PER_RONDE = 500;
    private static final DateTimeFormatter DAG = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Logger LOG = LoggerFactory.getLogger(DagoverzichtPlanner.class);

    private final Outbox outbox;
    private final Mailadressen adressen;
    private final Function<Bericht, String> onderwerp;
    private final Function<Bericht, String> link;
    private final LocalTime tijd;
    private final Clock klok;

    /**
     * @param onderwerp the subject a message would have as a mail of its own
     * @param link the page a message is about
     */
    DagoverzichtPlanner(Outbox outbox, Mailadressen adressen, Function<Bericht, String> onderwerp, Function<Bericht, String> link,
            LocalTime tijd, Clock klok) {
        this.outbox = outbox;
        this.adressen = adressen;
        this.onderwerp = onderwerp;
        this.link = link;
        this.tijd = tijd;
        this.klok = klok;
    }

    /** Places today's overviews that are due and not yet placed; returns how many this call placed. */
    int plan() {
        ZonedDateTime nu = klok.instant().atZone(Werkvoorraad.NEDERLAND);
        LocalDate vandaag = nu.toLocalDate();
        Instant grens = vandaag.atTime(tijd).atZone(Werkvoorraad.NEDERLAND).toInstant();
        if (nu.toInstant().isBefore(grens)) {
            return 0;
        }
        Map<List<String>, List<Bericht>> perOntvanger = new LinkedHashMap<>();
        for (Bericht b : outbox.uitgesteld(grens, PER_RONDE)) {
            b.gebruiker().ifPresent(g -> perOntvanger.computeIfAbsent(List.of(g, b.gemeente()), k -> new ArrayList<>()).add(b));
        }
        int geplaatst = 0;
        for (Map.Entry<List<String>, List<Bericht>> e : perOntvanger.entrySet()) {
            String gebruiker = e.getKey().get(0);
            String gemeente = e.getKey().get(1);
            String sleutel = sleutel(gebruiker, gemeente, vandaag);
            if (outbox.find(sleutel).isPresent()) {
                continue; // today's went out already; these wait for tomorrow's
            }
            try {
                if (plaats(sleutel, gebruiker, gemeente, vandaag, e.getValue())) {
                    geplaatst++;
                }
            } catch (RuntimeException fout) {
                // one resident's trouble (a broken template of their gemeente, say) never keeps the others' overview back
                LOG.warn("Daily overview of {} in {} for {} not made: {}", gebruiker, gemeente, vandaag, fout.toString());
            }
        }
        return geplaatst;
    }

    private boolean plaats(String sleutel, String gebruiker, String gemeente, LocalDate vandaag, List<Bericht> berichten) {
        Optional<Mailadres> adres = adressen.van(gebruiker);
        List<Bericht> mee = new ArrayList<>();
        for (Bericht b : berichten) {
            Frequentie wens = adres.map(a -> a.frequentie(b.soort())).orElse(Frequentie.NOOIT);
            if (adres.isEmpty()) {
                outbox.vervallen(b.id(), "geen e-mailadres bekend van " + gebruiker);
            } else if (wens == Frequentie.NOOIT) {
                outbox.vervallen(b.id(), gebruiker + " wil geen " + b.soort().naam());
            } else if (wens == Frequentie.DIRECT) {
                outbox.opnieuw(b.id(), klok.instant());
            } else {
                mee.add(b);
            }
        }
        if (mee.isEmpty()) {
            return false;
        }
        StringBuilder lijst = new StringBuilder();
        for (Bericht b : mee) {
            lijst.append(b.soort().naam()).append('|').append(regel(onderwerp.apply(b))).append('|').append(regel(link.apply(b)))
                    .append('\n');
        }
        Map<String, String> gegevens = new LinkedHashMap<>();
        gegevens.put("datum", vandaag.toString());
        gegevens.put("aantal", String.valueOf(mee.size()));
        gegevens.put("lijst", lijst.toString().strip());
        gegevens.put("pad", "/profiel/mail");
        return outbox.bundel(sleutel, NieuwBericht.aan(gebruiker, gemeente, Mailsoort.DAGOVERZICHT, "dagoverzicht-" + vandaag,
                gegevens), mee.stream().map(Bericht::id).toList(), klok.instant());
    }

    private static String regel(String tekst) {
        return tekst.replace('|', '/').replace('\n', ' ').replace('\r', ' ');
    }

    /** At most 36 characters whatever the user's name: {@code do-20261202-} and 22 characters of a SHA-256. */
    static String sleutel(String gebruiker, String gemeente, LocalDate dag) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((gebruiker + "\n" + gemeente).getBytes(StandardCharsets.UTF_8));
            return "do-" + dag.format(DAG) + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
