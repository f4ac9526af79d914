package nl.samenspraak.mail.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Berichtstatus;
import nl.samenspraak.api.mail.NieuwBericht;
import nl.samenspraak.api.mail.Outbox;

/** The outbox's contract in memory, for testing the sender without a database (the database one has its own test). */
final class GeheugenOutbox implements Outbox {

    private final Map<String, Bericht> berichten = new LinkedHashMap<>();
    private final Map<String, String> claims = new LinkedHashMap<>();
    private final Map<String, Instant> geclaimdOp = new LinkedHashMap<>();

    @Override
    public synchronized Bericht plaats(NieuwBericht n, Instant op) {
        Bericht b = new Bericht(UUID.randomUUID().toString(), n.gemeente(), n.soort(), n.gebruiker(), n.adres(), n.onderwerp(),
                n.gegevens(), Berichtstatus.WACHTEND, 0, op, Optional.empty(), op, Optional.empty());
        berichten.put(b.id(), b);
        return b;
    }

    @Override
    public synchronized boolean plaatsEenmalig(String sleutel, NieuwBericht n, Instant op) {
        if (berichten.containsKey(sleutel)) {
            return false;
        }
        berichten.put(sleutel, new Bericht(sleutel, n.gemeente(), n.soort(), n.gebruiker(), n.adres(), n.onderwerp(),
                n.gegevens(), Berichtstatus.WACHTEND, 0, op, Optional.empty(), op, Optional.empty()));
        return true;
    }

    @Override
    public synchronized List<Bericht> claim(String node, Instant nu, Duration lease, int max) {
        List<Bericht> result = new ArrayList<>();
        for (Bericht b : berichten.values().stream().sorted(Comparator.comparing(Bericht::volgendePoging)).toList()) {
            boolean due = (b.status() == Berichtstatus.WACHTEND && !b.volgendePoging().isAfter(nu))
                    || (b.status() == Berichtstatus.BEZIG && geclaimdOp.get(b.id()).isBefore(nu.minus(lease)));
            if (due && result.size() < max) {
                Bericht c = met(b, Berichtstatus.BEZIG, b.pogingen() + 1, b.volgendePoging(), b.laatsteFout(), b.verzondenOp());
                claims.put(b.id(), node);
                geclaimdOp.put(b.id(), nu);
                result.add(c);
            }
        }
        return result;
    }

    @Override
    public synchronized int geefVrij(String node) {
        int n = 0;
        for (Bericht b : List.copyOf(berichten.values())) {
            if (b.status() == Berichtstatus.BEZIG && node.equals(claims.get(b.id()))) {
                met(b, Berichtstatus.WACHTEND, b.pogingen(), b.volgendePoging(), b.laatsteFout(), b.verzondenOp());
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized void verzonden(String id, Instant op) {
        Bericht b = berichten.get(id);
        met(b, Berichtstatus.VERZONDEN, b.pogingen(), b.volgendePoging(), Optional.empty(), Optional.of(op));
    }

    @Override
    public synchronized void mislukt(String id, String fout, Instant volgende) {
        Bericht b = berichten.get(id);
        met(b, Berichtstatus.WACHTEND, b.pogingen(), volgende, Optional.of(fout), b.verzondenOp());
    }

    @Override
    public synchronized void vervallen(String id, String waarom) {
        Bericht b = berichten.get(id);
        met(b, Berichtstatus.VERVALLEN, b.pogingen(), b.volgendePoging(), Optional.of(waarom), b.verzondenOp());
    }

    @Override
    public synchronized void stelUit(String id) {
        Bericht b = berichten.get(id);
        met(b, Berichtstatus.UITGESTELD, b.pogingen(), b.volgendePoging(), b.laatsteFout(), b.verzondenOp());
    }

    @Override
    public synchronized List<Bericht> uitgesteld(Instant voor, int max) {
        return berichten.values().stream().filter(b -> b.status() == Berichtstatus.UITGESTELD && b.aangemaaktOp().isBefore(voor))
                .sorted(Comparator.comparing(Bericht::aangemaaktOp)).limit(max).toList();
    }

    @Override
    public synchronized boolean bundel(String sleutel, NieuwBericht overzicht, List<String> ids, Instant op) {
        if (berichten.containsKey(sleutel) || ids.stream().anyMatch(id -> berichten.get(id).status() != Berichtstatus.UITGESTELD)) {
            return false;
        }
        ids.forEach(id -> {
            Bericht b = berichten.get(id);
            met(b, Berichtstatus.GEBUNDELD, b.pogingen(), b.volgendePoging(), b.laatsteFout(), Optional.of(op));
        });
        return plaatsEenmalig(sleutel, overzicht, op);
    }

    @Override
    public synchronized Optional<Bericht> find(String id) {
        return Optional.ofNullable(berichten.get(id));
    }

    @Override
    public synchronized List<Bericht> lijst(Optional<Berichtstatus> status, int max) {
        return berichten.values().stream().filter(b -> status.isEmpty() || status.get() == b.status()).limit(max).toList();
    }

    @Override
    public synchronized Map<Berichtstatus, Long> telling() {
        Map<Berichtstatus, Long> t = new EnumMap<>(Berichtstatus.class);
        for (Berichtstatus s : Berichtstatus.values()) {
            t.put(s, berichten.values().stream().filter(b -> b.status() == s).count());
        }
        return t;
    }

    @Override
    public synchronized boolean opnieuw(String id, Instant nu) {
        Bericht b = berichten.get(id);
        if (b == null || b.status() == Berichtstatus.VERZONDEN || b.status() == Berichtstatus.BEZIG
                || b.status() == Berichtstatus.GEBUNDELD) {
            return false;
        }
        met(b, Berichtstatus.WACHTEND, b.pogingen(), nu, b.laatsteFout(), b.verzondenOp());
        return true;
    }

    private Bericht met(Bericht b, Berichtstatus status, int pogingen, Instant volgende, Optional<String> fout,
            Optional<Instant> verzonden) {
        Bericht n = new Bericht(b.id(), b.gemeente(), b.soort(), b.gebruiker(), b.adres(), b.onderwerp(), b.gegevens(), status,
                pogingen, volgende, fout, b.aangemaaktOp(), verzonden);
        berichten.put(b.id(), n);
        return n;
    }
}
