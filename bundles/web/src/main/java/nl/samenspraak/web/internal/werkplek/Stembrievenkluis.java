package nl.samenspraak.web.internal.werkplek;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.web.internal.werkplek.StempassenPagina.Brief;

/**
 * Keeps the letters of one issue of voting codes in memory for their PDF, which the page that shows the codes offers
 * once: for ten minutes, to the browser session that issued them, and gone after the first download. The codes never
 * reach the database in readable form (it keeps only keyed hashes): whatever is not fetched is forgotten, as are all of
 * them when the bundle stops. Because they live in this node's memory only, with several nodes the download must reach
 * the node that issued the codes (as the page itself did); otherwise the letters are still on the page, to print.
 */
@Component(service = Stembrievenkluis.class)
public class Stembrievenkluis {

    static final Duration GELDIG = Duration.ofMinutes(10);
    /** Issues waiting for their download at once; beyond this the oldest is forgotten. */
    static final int HOOGSTENS = 20;

    /** What the PDF of the letters needs: the round, the letters, and what each letter says around its code. */
    public record Stembrieven(Ronde ronde, List<Brief> brieven, String stemadres, Optional<LocalDate> stemmenVanaf,
            Optional<LocalDate> stemmenTot, LocalDate vandaag) {

        public Stembrieven {
            brieven = List.copyOf(brieven);
        }
    }

    private record Bewaard(String sessie, Instant tot, Stembrieven brieven) {
    }

    private static final SecureRandom TOEVAL = new SecureRandom();

    private final Map<String, Bewaard> bewaard = new ConcurrentHashMap<>();
    private final Clock klok;

    public Stembrievenkluis() {
        this(Clock.systemUTC());
    }

    Stembrievenkluis(Clock klok) {
        this.klok = klok;
    }

    /**
     * @param sessie the session that may fetch it ({@link nl.samenspraak.web.pagina.Verzoek#sessiebinding()})
     * @return the key of the download, unguessable (256 random bits)
     */
    public String bewaar(String sessie, Stembrieven brieven) {
        ruimOp();
        while (bewaard.size() >= HOOGSTENS) {
            bewaard.entrySet().stream().min(Comparator.comparing(e -> e.getValue().tot()))
                    .ifPresent(e -> bewaard.remove(e.getKey()));
        }
        byte[] toeval = new byte[32];
        TOEVAL.nextBytes(toeval);
        String sleutel = Base64.getUrlEncoder().withoutPadding().encodeToString(toeval);
        bewaard.put(sleutel, new Bewaard(sessie, klok.instant().plus(GELDIG), brieven));
        return sleutel;
    }

    /** When a download kept now stops working. */
    public Instant geldigTot() {
        return klok.instant().plus(GELDIG);
    }

    /**
     * The letters under this key, once: only to the session that kept them and before they expire. Another
     * session's try leaves them for their own session.
     */
    public Optional<Stembrieven> neem(String sleutel, String sessie) {
        ruimOp();
        Bewaard gevonden = bewaard.get(sleutel);
        if (gevonden == null || !gevonden.sessie().equals(sessie) || !bewaard.remove(sleutel, gevonden)) {
            return Optional.empty();
        }
        return Optional.of(gevonden.brieven());
    }

    private void ruimOp() {
        Instant nu = klok.instant();
        bewaard.values().removeIf(b -> !b.tot().isAfter(nu));
    }
}
