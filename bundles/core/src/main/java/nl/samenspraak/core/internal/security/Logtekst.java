package nl.samenspraak.core.internal.security;

/** Text a client chose (a user name, an address) as it may appear in a log line: one line, bounded. */
final class Logtekst {

    private static final int MAXIMUM = 100;

    private Logtekst() {
    }

    static String veilig(String tekst) {
        if (tekst == null) {
            return "-";
        }
        String eenRegel = tekst.replaceAll("\\p{Cntrl}", "?");
        return eenRegel.length() > MAXIMUM ? eenRegel.substring(0, MAXIMUM) + "…" : eenRegel;
    }
}
