package nl.samenspraak.api.monitor;

import java.util.Locale;
import java.util.Objects;

import nl.samenspraak.api.initiatief.Participatieniveau;

/**
 * What kind of traject it was, as its project leader describes it in the self-evaluation.
 *
 * @param duurInWeken how long it ran
 */
public record Typering(Participatiesoort soort, Participatieniveau niveau, Schaal schaal, int duurInWeken,
        Beslisser beslisser) {

    public Typering {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(niveau, "niveau");
        Objects.requireNonNull(schaal, "schaal");
        Objects.requireNonNull(beslisser, "beslisser");
        if (duurInWeken < 1 || duurInWeken > 520) {
            throw new IllegalArgumentException("a duration lies between 1 and 520 weeks");
        }
    }

    /** Who takes part in whose initiative. */
    public enum Participatiesoort {
        /** Residents join the gemeente's process. */
        BURGERPARTICIPATIE,
        /** The gemeente joins the residents' initiative. */
        OVERHEIDSPARTICIPATIE;

        public String sleutel() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Schaal {
        STRAAT,
        BUURT,
        WIJK,
        STAD;

        public String sleutel() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Who takes the decision the traject prepares. */
    public enum Beslisser {
        RAAD,
        COLLEGE,
        AMBTELIJK,
        INWONERS;

        public String sleutel() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
