package nl.samenspraak.web.internal.werkplek;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.samenspraak.api.kluis.Kluis;
import nl.samenspraak.web.internal.werkplek.StempassenPagina.Brief;

/**
 * Keeps the letters of one issue of voting codes for their PDF, which the page that shows the codes offers once: for
 * ten minutes, to the browser session that issued them, and gone after the first download. They wait in the
 * {@link Kluis}, so behind a load balancer the download may reach any node; sealed with a secret that only the link
 * holds ({@link Zegel}): the database keeps no voting code in readable form, and a link without its session opens
 * nothing.
 */
@Component(service = Stembrievenkluis.class)
public class Stembrievenkluis {

    static final Duration GELDIG = Duration.ofMinutes(10);

    /** What the PDF of the letters needs: the round, the letters, and what each letter says around its code. */
    public record Stembrieven(String gemeente, String ronde, List<Brief> brieven, String stemadres,
            Optional<LocalDate> stemmenVanaf, Optional<LocalDate> stemmenTot, LocalDate vandaag) {

        public Stembrieven {
            brieven = List.copyOf(brieven);
        }
    }

    private final Kluis kluis;
    private final Clock klok;

    @Activate
    public Stembrievenkluis(@Reference Kluis kluis) {
        this(kluis, Clock.systemUTC());
    }

    Stembrievenkluis(Kluis kluis, Clock klok) {
        this.kluis = kluis;
        this.klok = klok;
    }

    /**
     * @param sessie the session that may fetch it ({@link nl.samenspraak.web.pagina.Verzoek#sessiebinding()})
     * @return the key of the download, unguessable (256 random bits)
     */
    public String bewaar(String sessie, Stembrieven brieven) {
        Instant nu = klok.instant();
        kluis.ruimOp(nu);
        Zegel zegel = Zegel.nieuw();
        kluis.leg(zegel.vak(), zegel.verzegel(Stembrievenformaat.schrijf(brieven), sessie), nu.plus(GELDIG));
        return zegel.tekst();
    }

    /** When a download kept now stops working. */
    public Instant geldigTot() {
        return klok.instant().plus(GELDIG);
    }

    /**
     * The letters of this round under this key, once: only to the session that kept them and before they expire.
     * Another session's try, or a try through another gemeente or round, leaves them where they are.
     */
    public Optional<Stembrieven> neem(String sleutel, String sessie, String gemeente, String ronde) {
        return Zegel.uit(sleutel).flatMap(zegel -> kluis.bekijk(zegel.vak(), klok.instant())
                .flatMap(verzegeld -> zegel.open(verzegeld, sessie))
                .map(Stembrievenformaat::lees)
                .filter(brieven -> brieven.gemeente().equals(gemeente) && brieven.ronde().equals(ronde))
                .filter(brieven -> kluis.haalLeeg(zegel.vak())));
    }
}
