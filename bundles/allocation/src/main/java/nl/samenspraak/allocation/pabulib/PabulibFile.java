package nl.samenspraak.allocation.pabulib;

import java.util.Objects;

import nl.samenspraak.allocation.Instance;

/**
 * A read {@code .pb} file: the instance, and how many ballots named some project more than once. Such
 * ballots (22 of the 1,746 files of the Pabulib collection have them) are read as pabutools reads them:
 * an approval ballot is a set, an ordinal ballot keeps each project at its first position, and on a
 * cumulative or scoring ballot the last points given to a project stand.
 */
public record PabulibFile(Instance instance, int ballotsWithRepeats) {

    public PabulibFile {
        Objects.requireNonNull(instance, "instance");
        if (ballotsWithRepeats < 0) {
            throw new IllegalArgumentException("negative count " + ballotsWithRepeats);
        }
    }
}
