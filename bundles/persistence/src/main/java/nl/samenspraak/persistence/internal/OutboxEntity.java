package nl.samenspraak.persistence.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import nl.samenspraak.api.mail.Bericht;
import nl.samenspraak.api.mail.Berichtstatus;
import nl.samenspraak.api.mail.Mailsoort;
import nl.samenspraak.api.mail.NieuwBericht;

/**
 * A message in the outbox. Not multitenant: one worker sends for every gemeente, so the gemeente is a plain
 * column. The details the templates show are kept as a properties text, so a new kind of mail needs no new column.
 */
@Entity
@Table(name = "OUTBOX")
public class OutboxEntity {

    static final int FOUT_LENGTE = 2000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 6)
    private String gemeente;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Mailsoort soort;

    @Column(length = 200)
    private String gebruiker;

    @Column(length = 320)
    private String adres;

    @Column(nullable = false, length = 250)
    private String onderwerp;

    @Lob
    @Column(nullable = false)
    private String gegevens;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Berichtstatus status;

    @Column(nullable = false)
    private int pogingen;

    @Column(name = "VOLGENDE_POGING", nullable = false)
    private Instant volgendePoging;

    @Column(name = "GECLAIMD_DOOR", length = 200)
    private String geclaimdDoor;

    @Column(name = "GECLAIMD_OP")
    private Instant geclaimdOp;

    @Column(name = "LAATSTE_FOUT", length = FOUT_LENGTE)
    private String laatsteFout;

    @Column(name = "AANGEMAAKT_OP", nullable = false)
    private Instant aangemaaktOp;

    @Column(name = "VERZONDEN_OP")
    private Instant verzondenOp;

    protected OutboxEntity() {
        // for JPA
    }

    OutboxEntity(String id, NieuwBericht bericht, Instant op) {
        this.id = id;
        this.gemeente = bericht.gemeente();
        this.soort = bericht.soort();
        this.gebruiker = bericht.gebruiker().orElse(null);
        this.adres = bericht.adres().orElse(null);
        this.onderwerp = bericht.onderwerp();
        this.gegevens = schrijf(bericht.gegevens());
        this.status = Berichtstatus.WACHTEND;
        this.pogingen = 0;
        this.volgendePoging = op;
        this.aangemaaktOp = op;
    }

    Bericht toBericht() {
        return new Bericht(id, gemeente, soort, Optional.ofNullable(gebruiker), Optional.ofNullable(adres), onderwerp,
                lees(gegevens), status, pogingen, volgendePoging, Optional.ofNullable(laatsteFout), aangemaaktOp,
                Optional.ofNullable(verzondenOp));
    }

    String id() {
        return id;
    }

    Berichtstatus status() {
        return status;
    }

    void verzonden(Instant op) {
        status = Berichtstatus.VERZONDEN;
        laatsteFout = null;
        geclaimdDoor = null;
        geclaimdOp = null;
        if (soort == Mailsoort.STEMBEWIJS) {
            // a vote receipt's address is needed only to send it, and its times only to the hour: nothing left
            // can be matched to a ballot's time of receipt
            adres = null;
            verzondenOp = op.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        } else {
            verzondenOp = op;
        }
    }

    void mislukt(String fout, Instant volgende) {
        status = Berichtstatus.WACHTEND;
        laatsteFout = kort(fout);
        volgendePoging = volgende;
        geclaimdDoor = null;
    }

    void vervallen(String waarom) {
        status = Berichtstatus.VERVALLEN;
        laatsteFout = kort(waarom);
        geclaimdDoor = null;
        geclaimdOp = soort == Mailsoort.STEMBEWIJS ? null : geclaimdOp;
        adres = soort == Mailsoort.STEMBEWIJS ? null : adres;
    }

    void stelUit() {
        status = Berichtstatus.UITGESTELD;
        geclaimdDoor = null;
    }

    void opnieuw(Instant nu) {
        status = Berichtstatus.WACHTEND;
        volgendePoging = nu;
        geclaimdDoor = null;
    }

    private static String kort(String tekst) {
        String t = tekst == null ? "onbekende fout" : tekst;
        return t.length() <= FOUT_LENGTE ? t : t.substring(0, FOUT_LENGTE - 1) + "…";
    }

    static String schrijf(Map<String, String> gegevens) {
        Properties p = new Properties();
        p.putAll(gegevens);
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Properties.store starts with a date comment: leave it out so equal details give equal text
        return out.toString().lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
    }

    static Map<String, String> lees(String tekst) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(tekst));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> result = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> result.put(k, p.getProperty(k)));
        return result;
    }
}
