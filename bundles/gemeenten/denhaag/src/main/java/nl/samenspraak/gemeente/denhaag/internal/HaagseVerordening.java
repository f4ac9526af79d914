package nl.samenspraak.gemeente.denhaag.internal;

import java.util.Optional;

import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Verordening;

/**
 * What both of Den Haag's ordinances say alike: zienswijzen within six weeks as in afdeling 3.4 Awb, no
 * inspraak on the begroting, taxes and tariffs, mere implementation of higher rules, or where urgency
 * forbids it, and eight weeks to decide on an uitdaagrecht request. Each version says in which of its
 * articles.
 */
abstract class HaagseVerordening implements Verordening {

    private final String titel;
    private final String artikelZienswijze;
    private final String artikelUitzonderingen;

    HaagseVerordening(String titel, String artikelZienswijze, String artikelUitzonderingen) {
        this.titel = titel;
        this.artikelZienswijze = artikelZienswijze;
        this.artikelUitzonderingen = artikelUitzonderingen;
    }

    final String artikel(String nummer) {
        return "art. " + nummer + " " + titel;
    }

    @Override
    public final Termijn zienswijzetermijn(Besluitsoort soort) {
        return Termijn.weken(6, "art. 3:16 lid 1 Awb jo. " + artikel(artikelZienswijze),
                "Zienswijzen kunnen gedurende zes weken naar voren worden gebracht, te rekenen vanaf de dag waarop het "
                        + "ontwerp ter inzage is gelegd.");
    }

    @Override
    public final Optional<Reden> uitgesloten(Onderwerp onderwerp) {
        String[] lidEnWaarom = switch (onderwerp) {
            case BEGROTING -> new String[] { "a", "Geen inspraak op de vaststelling en wijziging van de begroting." };
            case BELASTINGEN -> new String[] { "b", "Geen inspraak op gemeentelijke belastingen." };
            case TARIEVEN -> new String[] { "b", "Geen inspraak op tarieven." };
            case UITVOERING_HOGERE_REGELGEVING -> new String[] { "c",
                    "Geen inspraak waar de gemeente hogere regelgeving uitvoert zonder eigen beleidsruimte." };
            case SPOEDEISEND -> new String[] { "d", "Geen inspraak waar het belang van spoed zich daartegen verzet." };
            case OVERIG -> null;
        };
        return Optional.ofNullable(lidEnWaarom)
                .map(l -> new Reden(artikel(artikelUitzonderingen + " onder " + l[0]), l[1]));
    }

    @Override
    public final Termijn uitdaagrechtBeslistermijn() {
        return Termijn.weken(8, "art. 4:13 Awb",
                "Het college beslist binnen acht weken op een verzoek; de verordening stelt geen andere termijn.");
    }
}
