package nl.samenspraak.persistence.internal;

import java.util.EnumMap;
import java.util.Map;

import javax.persistence.Column;
import javax.persistence.Embeddable;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;

import nl.samenspraak.api.monitor.Oordeel;
import nl.samenspraak.api.monitor.Stelling;

/** The answers to the eight statements, a column each, in a response or a self-evaluation. */
@Embeddable
public class OordeelKolommen {

    @Enumerated(EnumType.STRING)
    @Column(name = "KADER", nullable = false, length = 20)
    private Oordeel kader;

    @Enumerated(EnumType.STRING)
    @Column(name = "AANSPREEKPUNT", nullable = false, length = 20)
    private Oordeel aanspreekpunt;

    @Enumerated(EnumType.STRING)
    @Column(name = "INFORMATIE", nullable = false, length = 20)
    private Oordeel informatie;

    @Enumerated(EnumType.STRING)
    @Column(name = "INVLOED", nullable = false, length = 20)
    private Oordeel invloed;

    @Enumerated(EnumType.STRING)
    @Column(name = "SERIEUS", nullable = false, length = 20)
    private Oordeel serieus;

    @Enumerated(EnumType.STRING)
    @Column(name = "TERUGKOPPELING", nullable = false, length = 20)
    private Oordeel terugkoppeling;

    @Enumerated(EnumType.STRING)
    @Column(name = "AFSPIEGELING", nullable = false, length = 20)
    private Oordeel afspiegeling;

    @Enumerated(EnumType.STRING)
    @Column(name = "VERLOOP", nullable = false, length = 20)
    private Oordeel verloop;

    protected OordeelKolommen() {
        // for JPA
    }

    OordeelKolommen(Map<Stelling, Oordeel> oordelen) {
        kader = oordelen.get(Stelling.KADER);
        aanspreekpunt = oordelen.get(Stelling.AANSPREEKPUNT);
        informatie = oordelen.get(Stelling.INFORMATIE);
        invloed = oordelen.get(Stelling.INVLOED);
        serieus = oordelen.get(Stelling.SERIEUS);
        terugkoppeling = oordelen.get(Stelling.TERUGKOPPELING);
        afspiegeling = oordelen.get(Stelling.AFSPIEGELING);
        verloop = oordelen.get(Stelling.VERLOOP);
    }

    Map<Stelling, Oordeel> toOordelen() {
        Map<Stelling, Oordeel> oordelen = new EnumMap<>(Stelling.class);
        oordelen.put(Stelling.KADER, kader);
        oordelen.put(Stelling.AANSPREEKPUNT, aanspreekpunt);
        oordelen.put(Stelling.INFORMATIE, informatie);
        oordelen.put(Stelling.INVLOED, invloed);
        oordelen.put(Stelling.SERIEUS, serieus);
        oordelen.put(Stelling.TERUGKOPPELING, terugkoppeling);
        oordelen.put(Stelling.AFSPIEGELING, afspiegeling);
        oordelen.put(Stelling.VERLOOP, verloop);
        return oordelen;
    }
}
