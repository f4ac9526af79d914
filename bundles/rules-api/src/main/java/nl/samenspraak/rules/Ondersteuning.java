package nl.samenspraak.rules;

import java.util.Objects;

/**
 * Support other than money that a gemeente offers a residents' initiative (overheidsparticipatie: the
 * gemeente joins as partner, adviser or supporter), see {@link Subsidieregeling#ondersteuning}.
 *
 * @param vorm the kind of support
 * @param omschrijving what it means for this initiative, in plain Dutch
 * @param grondslag the article that offers it
 */
public record Ondersteuning(Vorm vorm, String omschrijving, Reden grondslag) {

    public enum Vorm {
        /** The gemeente takes part as a partner in the initiative (shared responsibility, a seat at the table). */
        PARTNERSCHAP,
        /** Advice: a contact person who knows the way in the gemeente, rules and permits. */
        ADVIES,
        /** Guidance of the process (procesbegeleiding), e.g. for meetings with the neighbourhood. */
        PROCESBEGELEIDING,
        /** Bringing the initiative in touch with other initiatives, organisations and funds. */
        NETWERK,
        /** Lending materials or making a municipal space available. */
        MIDDELEN_EN_RUIMTE
    }

    public Ondersteuning {
        Objects.requireNonNull(vorm, "vorm");
        Objects.requireNonNull(omschrijving, "omschrijving");
        Objects.requireNonNull(grondslag, "grondslag");
    }
}
