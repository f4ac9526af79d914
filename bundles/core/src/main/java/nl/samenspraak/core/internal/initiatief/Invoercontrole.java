package nl.samenspraak.core.internal.initiatief;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.validatie.Invoerregels;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.validatie.Overtreding;

/** Checks of input that several kinds of initiative share; each adds what does not comply to the list. */
final class Invoercontrole {

    private Invoercontrole() {
    }

    static void nietInDeToekomst(String veld, LocalDate datum, LocalDate vandaag, List<Overtreding> fouten) {
        if (datum == null) {
            fouten.add(new Overtreding(veld, "verplicht"));
        } else if (datum.isAfter(vandaag)) {
            fouten.add(new Overtreding(veld, "ligt in de toekomst (" + datum + ")"));
        }
    }

    /** The title and description every initiative has. */
    static void titelEnOmschrijving(String titel, String omschrijving, List<Overtreding> fouten) {
        Invoerregels.tekst(fouten, "titel", titel, Invoerregels.MAX_TITEL);
        Invoerregels.tekst(fouten, "omschrijving", omschrijving, Invoerregels.MAX_TEKST);
    }

    static void wijk(Gemeente gemeente, Optional<String> wijk, List<Overtreding> fouten) {
        if (wijk.isPresent() && gemeente.wijk(wijk.get()).isEmpty()) {
            fouten.add(new Overtreding("wijk", "'" + wijk.get() + "' is geen wijk van " + gemeente.naam()));
        }
    }

    /** Refuses at once unless the text is there and not too long. */
    static void tekstVerplicht(String veld, String tekst) {
        List<Overtreding> fouten = new ArrayList<>();
        Invoerregels.tekst(fouten, veld, tekst, Invoerregels.MAX_TEKST);
        OngeldigeInvoerException.alsNodig(fouten);
    }
}
