package ${package}.internal;

import java.time.Period;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;

/**
 * Subsidieregeling bewonersinitiatieven ${gemeenteNaam} 2025, in force from 1 January 2025 until further
 * notice: higher maxima, eight weeks ahead, four supporters of 12 or older.
 */
@Component(service = Subsidieregeling.class, property = { Regels.GEMEENTE + "=" + Gemeente.CODE,
        Subsidieregeling.REGELING + "=" + Bewonersinitiatieven.REGELING })
public class Bewonersinitiatieven2025 extends Bewonersinitiatieven {

    static final String TITEL = "Subsidieregeling bewonersinitiatieven ${gemeenteNaam} 2025";

    public Bewonersinitiatieven2025() {
        super(RegelsInfo.vanaf(TITEL, Gemeente.BRON, Gemeente.EERSTE_JANUARI_2025),
                Regelingsfeiten.builder()
                        .maximum(Schaal.STRAAT, 75_000).maximum(Schaal.BUURT, 150_000)
                        .maximum(Schaal.WIJK, 500_000).maximum(Schaal.STAD, 500_000)
                        .aanvraagVooraf(Period.ofWeeks(8))
                        .minimumleeftijdAanvrager(18)
                        .vereisteOndersteuners(4).minimumleeftijdOndersteuners(12)
                        .beslistermijn(Termijn.weken(8, "art. 6 " + TITEL + " jo. art. 4:13 Awb",
                                "Het college beslist binnen acht weken na ontvangst van de aanvraag."))
                        .build());
    }
}
