package nl.samenspraak.rules.testkit;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import nl.samenspraak.rules.Toewijzingsproces.Toewijzing;

/** Fluent checks of a {@link Toewijzing}. */
public final class ToewijzingControle {

    private final Toewijzing toewijzing;

    ToewijzingControle(Toewijzing toewijzing) {
        this.toewijzing = toewijzing;
    }

    public Toewijzing toewijzing() {
        return toewijzing;
    }

    /** Exactly these plans are funded, in any order. */
    public ToewijzingControle kiest(String... plannen) {
        if (!new TreeSet<>(toewijzing.gekozen()).equals(new TreeSet<>(Set.of(plannen)))) {
            faal("verwacht gekozen " + new TreeSet<>(Set.of(plannen)));
        }
        return this;
    }

    public ToewijzingControle kiestNiets() {
        return kiest();
    }

    public ToewijzingControle citeert(String artikelfragment) {
        if (toewijzing.redenen().stream().noneMatch(r -> r.artikel().contains(artikelfragment))) {
            faal("verwacht een reden die '" + artikelfragment + "' citeert");
        }
        return this;
    }

    public ToewijzingControle toelichtingBevat(String tekst) {
        String gezocht = tekst.toLowerCase();
        if (toewijzing.redenen().stream().noneMatch(r -> r.toelichting().toLowerCase().contains(gezocht))) {
            faal("verwacht een toelichting met '" + tekst + "'");
        }
        return this;
    }

    private void faal(String verwacht) {
        List<String> redenen = toewijzing.redenen().stream().map(r -> r.artikel() + ": " + r.toelichting()).toList();
        throw new AssertionError(verwacht + ", maar gekozen werd " + toewijzing.gekozen() + "\n    - "
                + String.join("\n    - ", redenen) + "\n    uitleg: " + toewijzing.uitleg().summary());
    }
}
