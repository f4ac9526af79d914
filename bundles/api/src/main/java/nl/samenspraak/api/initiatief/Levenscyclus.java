package nl.samenspraak.api.initiatief;

import static nl.samenspraak.api.initiatief.Status.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of each kind of initiative and the transitions the server allows between them. Nothing else
 * moves an initiative: every change of state goes through {@link #controleer}, and is recorded as an
 * {@link Overgang}.
 */
public final class Levenscyclus {

    private static final Map<Initiatiefsoort, Map<Status, Set<Status>>> OVERGANGEN = new EnumMap<>(Initiatiefsoort.class);

    static {
        // aanvraag -> (aanvulling gevraagd -> aanvraag)* -> verleend -> verantwoord -> vastgesteld, or afgewezen
        overgangen(Initiatiefsoort.BEWONERSINITIATIEF, Map.of(
                AANGEVRAAGD, EnumSet.of(AANVULLING_GEVRAAGD, VERLEEND, AFGEWEZEN),
                AANVULLING_GEVRAAGD, EnumSet.of(AANGEVRAAGD, AFGEWEZEN),
                VERLEEND, EnumSet.of(VERANTWOORD),
                VERANTWOORD, EnumSet.of(VASTGESTELD)));
        overgangen(Initiatiefsoort.UITDAAGRECHT, Map.of(
                INGEDIEND, EnumSet.of(AANVULLING_GEVRAAGD, TOEGEKEND, AFGEWEZEN),
                AANVULLING_GEVRAAGD, EnumSet.of(INGEDIEND, AFGEWEZEN)));
        overgangen(Initiatiefsoort.PARTICIPATIETRAJECT, Map.of(
                VOORBEREIDING, EnumSet.of(UITVOERING),
                UITVOERING, EnumSet.of(EVALUATIE),
                EVALUATIE, EnumSet.of(AFGESLOTEN)));
        overgangen(Initiatiefsoort.INSPRAAK, Map.of(
                TER_INZAGE, EnumSet.of(REACTIENOTA_VASTGESTELD)));
    }

    private Levenscyclus() {
    }

    private static void overgangen(Initiatiefsoort soort, Map<Status, Set<Status>> overgangen) {
        Map<Status, Set<Status>> map = new EnumMap<>(Status.class);
        overgangen.forEach((van, naar) -> map.put(van, Set.copyOf(naar)));
        OVERGANGEN.put(soort, map);
    }

    /** The state a new initiative of this kind starts in. */
    public static Status begin(Initiatiefsoort soort) {
        return switch (soort) {
            case BEWONERSINITIATIEF -> AANGEVRAAGD;
            case UITDAAGRECHT -> INGEDIEND;
            case PARTICIPATIETRAJECT -> VOORBEREIDING;
            case INSPRAAK -> TER_INZAGE;
        };
    }

    /** The states an initiative of this kind may move to from {@code van}; empty for a final state. */
    public static Set<Status> volgende(Initiatiefsoort soort, Status van) {
        return OVERGANGEN.get(soort).getOrDefault(van, Set.of());
    }

    /** Every state an initiative of this kind can be in. */
    public static Set<Status> toestanden(Initiatiefsoort soort) {
        Set<Status> alle = EnumSet.of(begin(soort));
        OVERGANGEN.get(soort).forEach((van, naar) -> {
            alle.add(van);
            alle.addAll(naar);
        });
        return alle;
    }

    public static boolean isEindtoestand(Initiatiefsoort soort, Status status) {
        return volgende(soort, status).isEmpty();
    }

    /** @throws OvergangNietToegestaanException when the lifecycle of this kind has no step from {@code van} to {@code naar} */
    public static void controleer(Initiatiefsoort soort, Status van, Status naar) {
        if (!volgende(soort, van).contains(naar)) {
            throw new OvergangNietToegestaanException(soort, van, naar, volgende(soort, van));
        }
    }
}
