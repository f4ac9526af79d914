package nl.samenspraak.rules;

import java.util.Objects;

/**
 * Rules in force, with where they come from: what a besluit records so that it can be explained and
 * objected to later, also after the bundle has been updated.
 *
 * @param regels the rules service
 * @param info its title and validity
 * @param bundel symbolic name of the bundle that provides it
 * @param bundelversie version of that bundle
 */
public record GeldendeRegels<T extends Regels>(T regels, RegelsInfo info, String bundel, String bundelversie) {

    public GeldendeRegels {
        Objects.requireNonNull(regels, "regels");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(bundel, "bundel");
        Objects.requireNonNull(bundelversie, "bundelversie");
    }
}
