package nl.samenspraak.allocation.internal;

import java.util.Comparator;

import nl.samenspraak.allocation.Fraction;

/**
 * Project indices by a value per project (MES's rho, Phragmén's load), a missing value last, then by index. A
 * class, not a lambda, like the other comparators on the rules' paths: a process's first lambda starts up
 * {@code java.lang.invoke} (some 60 classes and generated code), a noticeable part of a short {@code bin/allocate} run.
 */
final class ByFractionThenIndex implements Comparator<Integer> {

    private final Fraction[] values;

    ByFractionThenIndex(Fraction[] values) {
        this.values = values;
    }

    @Override
    public int compare(Integer a, Integer b) {
        int c = compareNullLast(values[a], values[b]);
        return c != 0 ? c : Integer.compare(a, b);
    }

    /** Compares values where null stands for +infinity. */
    static int compareNullLast(Fraction a, Fraction b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return a.compareTo(b);
    }
}
