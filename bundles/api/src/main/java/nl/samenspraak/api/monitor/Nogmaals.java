package nl.samenspraak.api.monitor;

import java.util.Locale;

/** "Would you take part again?" */
public enum Nogmaals {
    JA,
    MISSCHIEN,
    NEE;

    public String sleutel() {
        return name().toLowerCase(Locale.ROOT);
    }
}
