package nl.samenspraak.rules.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Beoordeling.Uitkomst;
import nl.samenspraak.rules.Reden;

/** Fluent checks of one {@link Beoordeling}; every failure names the whole decision. */
public final class BeoordelingControle {

    private final Beoordeling beoordeling;

    BeoordelingControle(Beoordeling beoordeling) {
        this.beoordeling = Objects.requireNonNull(beoordeling, "the rules answered null");
    }

    public Beoordeling beoordeling() {
        return beoordeling;
    }

    public BeoordelingControle isToegekend() {
        return uitkomst(Uitkomst.TOEGEKEND);
    }

    /** Granted, with exactly this amount in euro cents. */
    public BeoordelingControle isToegekend(long bedragInCenten) {
        return isToegekend().bedrag(bedragInCenten);
    }

    public BeoordelingControle isAfgewezen() {
        return uitkomst(Uitkomst.AFGEWEZEN);
    }

    public BeoordelingControle heeftAanvullingNodig() {
        return uitkomst(Uitkomst.AANVULLING_NODIG);
    }

    public BeoordelingControle uitkomst(Uitkomst verwacht) {
        if (beoordeling.uitkomst() != verwacht) {
            faal("verwacht " + verwacht);
        }
        return this;
    }

    public BeoordelingControle bedrag(long bedragInCenten) {
        if (beoordeling.bedragInCenten() != bedragInCenten) {
            faal("verwacht bedrag " + Beschrijving.euro(bedragInCenten));
        }
        return this;
    }

    /** Each fragment occurs in the article of at least one reason, e.g. {@code "art. 4 lid 1"}. */
    public BeoordelingControle citeert(String... artikelfragmenten) {
        List<String> ontbrekend = new ArrayList<>();
        for (String fragment : artikelfragmenten) {
            if (beoordeling.redenen().stream().noneMatch(r -> r.artikel().contains(fragment))) {
                ontbrekend.add(fragment);
            }
        }
        if (!ontbrekend.isEmpty()) {
            faal("verwacht redenen die " + ontbrekend + " citeren");
        }
        return this;
    }

    /** No reason's article contains the fragment. */
    public BeoordelingControle citeertNiet(String artikelfragment) {
        if (beoordeling.redenen().stream().anyMatch(r -> r.artikel().contains(artikelfragment))) {
            faal("verwacht geen reden die '" + artikelfragment + "' citeert");
        }
        return this;
    }

    /**
     * Exactly these reasons: one reason per fragment, each fragment in its article, in any order. Use it to
     * check that a refusal names every unmet condition and nothing else.
     */
    public BeoordelingControle citeertPrecies(String... artikelfragmenten) {
        List<Reden> over = new ArrayList<>(beoordeling.redenen());
        List<String> ontbrekend = new ArrayList<>();
        for (String fragment : artikelfragmenten) {
            Reden gevonden = over.stream().filter(r -> r.artikel().contains(fragment)).findFirst().orElse(null);
            if (gevonden == null) {
                ontbrekend.add(fragment);
            } else {
                over.remove(gevonden);
            }
        }
        if (!ontbrekend.isEmpty() || !over.isEmpty()) {
            faal("verwacht precies redenen die " + List.of(artikelfragmenten) + " citeren"
                    + (ontbrekend.isEmpty() ? "" : "; ontbrekend: " + ontbrekend)
                    + (over.isEmpty() ? "" : "; onverwacht: " + over.stream().map(Reden::artikel).toList()));
        }
        return this;
    }

    public BeoordelingControle aantalRedenen(int aantal) {
        if (beoordeling.redenen().size() != aantal) {
            faal("verwacht " + aantal + " redenen");
        }
        return this;
    }

    /** Some reason's explanation contains the text (case-insensitive). */
    public BeoordelingControle toelichtingBevat(String tekst) {
        String gezocht = tekst.toLowerCase();
        if (beoordeling.redenen().stream().noneMatch(r -> r.toelichting().toLowerCase().contains(gezocht))) {
            faal("verwacht een toelichting met '" + tekst + "'");
        }
        return this;
    }

    private void faal(String verwacht) {
        throw new AssertionError(verwacht + ", maar de beoordeling was " + Beschrijving.van(beoordeling));
    }
}
