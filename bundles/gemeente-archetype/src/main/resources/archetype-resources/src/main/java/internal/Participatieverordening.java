package ${package}.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;
import nl.samenspraak.rules.Verordening;

/**
 * The participatieverordening of ${gemeenteNaam} as far as the platform needs it: zienswijzen six weeks
 * (art. 3:16 Awb), no inspraak on the begroting, taxes and tariffs, a reactienota within twelve weeks, and the
 * uitdaagrecht decided within eight weeks.
 *
 * <p>EXAMPLE: the article numbers are the archetype's. Replace them by those of the adopted text, and state the
 * terms in {@code src/test/resources/.../feiten-verordening.properties}. A gemeente whose (older)
 * inspraakverordening has no uitdaagrecht overrides {@code zonderUitdaagrecht()} of {@link Verordening} instead of refusing
 * every request.
 */
@Component(service = Verordening.class, property = Regels.GEMEENTE + "=" + Gemeente.CODE)
public class Participatieverordening implements Verordening {

    static final String TITEL = "Participatieverordening ${gemeenteNaam} 2025";

    private static final RegelsInfo INFO = RegelsInfo.vanaf(TITEL, Gemeente.BRON, Gemeente.EERSTE_JANUARI_2025);

    static String artikel(String nummer) {
        return "art. " + nummer + " " + TITEL;
    }

    @Override
    public RegelsInfo info() {
        return INFO;
    }

    @Override
    public Termijn zienswijzetermijn(Besluitsoort soort) {
        return Termijn.weken(6, "art. 3:16 lid 1 Awb jo. " + artikel("4"),
                "Zienswijzen kunnen gedurende zes weken na de terinzagelegging naar voren worden gebracht.");
    }

    @Override
    public Inspraakrecht inspraakrecht(Besluitsoort soort) {
        return new Inspraakrecht(Inspraakrecht.Kring.INGEZETENEN_EN_BELANGHEBBENDEN, 0,
                new Reden(artikel("3"), "Inspraak wordt verleend aan ingezetenen en belanghebbenden."));
    }

    @Override
    public Optional<Reden> uitgesloten(Onderwerp onderwerp) {
        String waarom = switch (onderwerp) {
            case BEGROTING -> "Geen inspraak op de vaststelling en wijziging van de begroting.";
            case BELASTINGEN, TARIEVEN -> "Geen inspraak op belastingen en tarieven.";
            case UITVOERING_HOGERE_REGELGEVING, SPOEDEISEND, OVERIG -> null;
        };
        return Optional.ofNullable(waarom).map(t -> new Reden(artikel("5"), t));
    }

    @Override
    public Termijn reactienotatermijn() {
        return Termijn.weken(12, artikel("6"),
                "Het college publiceert binnen twaalf weken na afloop van de inspraak een reactie op de zienswijzen.");
    }

    @Override
    public Beoordeling beoordeelUitdaagrecht(Uitdaagverzoek verzoek) {
        List<Reden> ontbreekt = new ArrayList<>();
        for (Onderbouwing eis : Onderbouwing.values()) {
            if (eis == Onderbouwing.RECHTSPERSOON && !verzoek.metBudget()) {
                continue; // only who takes over money must account for it as a legal person
            }
            if (!verzoek.onderbouwing().contains(eis)) {
                String wat = eis.name().toLowerCase().replace('_', ' ');
                ontbreekt.add(new Reden(artikel("7 lid 2"), "Het verzoek toont dit niet aan: " + wat + "."));
            }
        }
        if (!ontbreekt.isEmpty()) {
            return Beoordeling.afgewezen(ontbreekt);
        }
        return Beoordeling.toegekend(verzoek.gevraagdInCenten(), List.of(new Reden(artikel("7 lid 1"),
                "Het verzoek om de taak '" + verzoek.taak() + "' over te nemen voldoet aan de voorwaarden.")));
    }

    @Override
    public Termijn uitdaagrechtBeslistermijn() {
        return Termijn.weken(8, artikel("7 lid 3"), "Het college beslist binnen acht weken op een verzoek.");
    }
}
