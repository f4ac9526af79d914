package ${package}.internal;

import java.time.LocalDate;
import java.time.Period;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Regelingsfeiten;
import nl.samenspraak.rules.Subsidieaanvraag.Schaal;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Termijn;

/**
 * Subsidieregeling bewonersinitiatieven ${gemeenteNaam} 2024. In force in 2024; {@link Bewonersinitiatieven2025} takes over on 1 January 2025: this version
 * ends with {@code .tot(...)}, the new one starts on its own first day.
 */
@Component(service = Subsidieregeling.class, property = { Regels.GEMEENTE + "=" + Gemeente.CODE,
        Subsidieregeling.REGELING + "=" + Bewonersinitiatieven.REGELING })
public class Bewonersinitiatieven2024 extends Bewonersinitiatieven {

    static final String TITEL = "Subsidieregeling bewonersinitiatieven ${gemeenteNaam} 2024";

    public Bewonersinitiatieven2024() {
        super(RegelsInfo.vanaf(TITEL, Gemeente.BRON, Gemeente.EERSTE_JANUARI_2024).tot(LocalDate.of(2024, 12, 31)),
                Regelingsfeiten.builder()
                        .maximum(Schaal.STRAAT, 50_000).maximum(Schaal.BUURT, 100_000)
                        .maximum(Schaal.WIJK, 250_000).maximum(Schaal.STAD, 500_000)
                        .aanvraagVooraf(Period.ofWeeks(6))
                        .minimumleeftijdAanvrager(18)
                        .vereisteOndersteuners(3).minimumleeftijdOndersteuners(16)
                        .beslistermijn(Termijn.weken(8, "art. 6 " + TITEL + " jo. art. 4:13 Awb",
                                "Het college beslist binnen acht weken na ontvangst van de aanvraag."))
                        .build());
    }
}
