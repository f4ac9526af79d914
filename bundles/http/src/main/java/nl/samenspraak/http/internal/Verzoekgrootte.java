package nl.samenspraak.http.internal;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * How large a request body may be, per kind of endpoint, checked on the declared length before anything reads
 * the body: a 20 MB anonymous JSON body grew the heap by 1 GB while Jackson built it. A body without a declared
 * length (chunked) is refused on the API, where every client sends the length, so the limit cannot be dodged.
 */
final class Verzoekgrootte {

    /** JSON of the API: the largest real request (1,000 voters for voting codes) is about 100 kB. */
    static final long API = 1024 * 1024;
    /** A paper-ballot file: one line per ballot, 10 MB is some 200,000 ballots. */
    static final long PAPIEREN_STEMMEN = 10 * 1024 * 1024;
    /** A form on the pages. */
    static final long PAGINA = 256 * 1024;
    /** The werkplek's forms that send a file: residents for voting codes, paper ballots. */
    private static final Pattern BESTAND_OP_PAGINA = Pattern.compile("/gemeenten/[^/]+/werkplek/rondes/[^/]+/(stempassen|papieren-stemmen)");

    private Verzoekgrootte() {
    }

    static long limiet(String pad) {
        if (pad.startsWith("/api/")) {
            return pad.endsWith("/papieren-stemmen") ? PAPIEREN_STEMMEN : API;
        }
        return BESTAND_OP_PAGINA.matcher(pad).matches() ? PAPIEREN_STEMMEN : PAGINA;
    }

    /**
     * The status to refuse with: 413 for a declared length over the limit, 411 for a body on the API without a
     * declared length; empty when the request may go on.
     */
    static OptionalInt weiger(String pad, long lengte, boolean chunked) {
        if (lengte > limiet(pad)) {
            return OptionalInt.of(413);
        }
        if (chunked && pad.startsWith("/api/")) {
            return OptionalInt.of(411);
        }
        return OptionalInt.empty();
    }
}
