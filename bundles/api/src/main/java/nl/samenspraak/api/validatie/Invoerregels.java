package nl.samenspraak.api.validatie;

import java.util.List;

/**
 * Rules for free text that every service and resource applies the same way, so one answer can name every
 * wrong field whichever layer found it.
 */
public final class Invoerregels {

    public static final int MAX_TITEL = 200;
    public static final int MAX_TEKST = 20_000;

    private Invoerregels() {
    }

    /** Adds an {@link Overtreding} when {@code tekst} is missing, blank or longer than {@code maximum} once stripped. */
    public static void tekst(List<Overtreding> fouten, String veld, String tekst, int maximum) {
        if (tekst == null || tekst.isBlank()) {
            fouten.add(new Overtreding(veld, "verplicht"));
        } else if (tekst.strip().length() > maximum) {
            fouten.add(new Overtreding(veld, "ten hoogste " + maximum + " tekens"));
        }
    }
}
