package nl.samenspraak.api.budget;

import java.util.Objects;

/**
 * The figures of a budget, derived from its ledger: the ceiling and the totals per kind of entry. Totals
 * are gross (never netted), so each figure can be traced to the entries that make it.
 * <p>
 * With R, T, U and V the sums of the RESERVERING, TOEKENNING, UITBETALING and VRIJVAL entries:
 * <ul>
 * <li>{@code beschikbaar = plafond - R - T + V}: what can still be reserved or granted;</li>
 * <li>{@code openstaand = R + T - U - V}: committed and neither paid nor released;</li>
 * <li>{@code uitbetaald = U}.</li>
 * </ul>
 * so {@code beschikbaar + openstaand + uitbetaald = plafond} always. A booking is refused when it would break
 * one of these invariants:
 * <ol>
 * <li>{@code beschikbaar >= 0}: a RESERVERING or TOEKENNING is at most {@code beschikbaar}
 * ({@link PlafondOverschredenException}, the subsidieplafond);</li>
 * <li>{@code U <= T}: an UITBETALING is at most what was granted and not yet paid ({@code T - U}), and at
 * most {@code openstaand} (released money cannot be paid);</li>
 * <li>{@code openstaand >= 0}: a VRIJVAL is at most {@code openstaand}.</li>
 * </ol>
 * Every amount booked is positive. Applying these rules must happen where bookings of one budget are
 * serialised (see {@link nl.samenspraak.api.opslag.BudgetStore#book}), or two racing grants could both see room for themselves.
 */
public record Saldo(Bedrag plafond, Bedrag gereserveerd, Bedrag toegekend, Bedrag uitbetaald, Bedrag vrijgevallen) {

    public Saldo {
        Objects.requireNonNull(plafond, "plafond");
        Objects.requireNonNull(gereserveerd, "gereserveerd");
        Objects.requireNonNull(toegekend, "toegekend");
        Objects.requireNonNull(uitbetaald, "uitbetaald");
        Objects.requireNonNull(vrijgevallen, "vrijgevallen");
    }

    /** A budget without entries. */
    public static Saldo leeg(Bedrag plafond) {
        return new Saldo(plafond, Bedrag.NUL, Bedrag.NUL, Bedrag.NUL, Bedrag.NUL);
    }

    /** {@code plafond - gereserveerd - toegekend + vrijgevallen}: what can still be reserved or granted. */
    public Bedrag beschikbaar() {
        return plafond.min(gereserveerd).min(toegekend).plus(vrijgevallen);
    }

    /** {@code gereserveerd + toegekend - uitbetaald - vrijgevallen}: committed, not paid, not released. */
    public Bedrag openstaand() {
        return gereserveerd.plus(toegekend).min(uitbetaald).min(vrijgevallen);
    }

    /** The most an UITBETALING can be now: granted and unpaid, and not released. */
    public Bedrag uitbetaalbaar() {
        return Bedrag.kleinste(toegekend.min(uitbetaald), openstaand());
    }

    /** The figures with one more entry of this kind and amount, without checking the rules. */
    public Saldo met(BoekingSoort soort, Bedrag bedrag) {
        return switch (soort) {
            case RESERVERING -> new Saldo(plafond, gereserveerd.plus(bedrag), toegekend, uitbetaald, vrijgevallen);
            case TOEKENNING -> new Saldo(plafond, gereserveerd, toegekend.plus(bedrag), uitbetaald, vrijgevallen);
            case UITBETALING -> new Saldo(plafond, gereserveerd, toegekend, uitbetaald.plus(bedrag), vrijgevallen);
            case VRIJVAL -> new Saldo(plafond, gereserveerd, toegekend, uitbetaald, vrijgevallen.plus(bedrag));
        };
    }

    /**
     * The figures after booking this entry, when the rules allow it.
     *
     * @throws IllegalArgumentException when the amount is not positive
     * @throws PlafondOverschredenException when a reservation or grant exceeds {@link #beschikbaar()}
     * @throws BoekingGeweigerdException when a payment exceeds {@link #uitbetaalbaar()} or a release exceeds
     *         {@link #openstaand()}
     */
    public Saldo na(BoekingSoort soort, Bedrag bedrag) {
        Objects.requireNonNull(soort, "soort");
        if (!bedrag.isPositief()) {
            throw new IllegalArgumentException("a booked amount is positive: " + bedrag);
        }
        switch (soort) {
            case RESERVERING, TOEKENNING -> {
                if (bedrag.groterDan(beschikbaar())) {
                    throw new PlafondOverschredenException(soort, bedrag, beschikbaar());
                }
            }
            case UITBETALING -> {
                if (bedrag.groterDan(uitbetaalbaar())) {
                    throw new BoekingGeweigerdException(soort, bedrag, uitbetaalbaar(),
                            "Een uitbetaling van " + bedrag + " is meer dan wat is toegekend en nog niet is uitbetaald of "
                                    + "vrijgevallen: " + uitbetaalbaar());
                }
            }
            case VRIJVAL -> {
                if (bedrag.groterDan(openstaand())) {
                    throw new BoekingGeweigerdException(soort, bedrag, openstaand(),
                            "Een vrijval van " + bedrag + " is meer dan wat gereserveerd of toegekend is en nog niet is "
                                    + "uitbetaald of vrijgevallen: " + openstaand());
                }
            }
        }
        return met(soort, bedrag);
    }
}
