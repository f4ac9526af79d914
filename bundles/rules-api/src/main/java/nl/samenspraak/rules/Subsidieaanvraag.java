package nl.samenspraak.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a subsidy scheme needs to know of an application for a bewonersinitiatief.
 *
 * @param ingediendOp the day the application was received: the scheme in force on that day judges it
 * @param activiteitOp the day the activity starts
 * @param gevraagdInCenten the amount asked, in euro cents
 * @param schaal the reach of the activity
 * @param wijk the CBS wijk code, when the activity is in one wijk
 * @param leeftijdAanvrager age of the applicant in years
 * @param leeftijdenOndersteuners ages of the other residents who signed in support
 * @param kenmerken what the application declares about the activity
 */
public record Subsidieaanvraag(LocalDate ingediendOp, LocalDate activiteitOp, long gevraagdInCenten, Schaal schaal,
        Optional<String> wijk, int leeftijdAanvrager, List<Integer> leeftijdenOndersteuners, Set<Kenmerk> kenmerken) {

    public enum Schaal {
        STRAAT,
        BUURT,
        WIJK,
        STAD
    }

    /** Declared characteristics that subsidy rules commonly depend on. */
    public enum Kenmerk {
        PAST_IN_WIJKAGENDA,
        OPENBAAR_TOEGANKELIJK,
        BETAALDE_VRIJWILLIGERS,
        ALCOHOLISCHE_DRANK,
        POLITIEK,
        RELIGIEUS,
        COMMERCIEEL,
        UITGEVOERD_IN_AANVRAAGJAAR
    }

    public Subsidieaanvraag {
        Objects.requireNonNull(ingediendOp, "ingediendOp");
        Objects.requireNonNull(activiteitOp, "activiteitOp");
        Objects.requireNonNull(schaal, "schaal");
        Objects.requireNonNull(wijk, "wijk");
        leeftijdenOndersteuners = List.copyOf(leeftijdenOndersteuners);
        kenmerken = Set.copyOf(kenmerken);
        if (gevraagdInCenten < 0) {
            throw new IllegalArgumentException("gevraagdInCenten < 0");
        }
    }

    public boolean heeft(Kenmerk kenmerk) {
        return kenmerken.contains(kenmerk);
    }
}
