package nl.samenspraak.http.internal;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reverse proxies whose {@code X-Forwarded-*} headers count, from configuration: addresses and CIDR ranges
 * separated by commas or spaces. Empty by default: then no client's headers change anything.
 */
final class VertrouwdeProxies {

    static final VertrouwdeProxies GEEN = new VertrouwdeProxies(List.of());

    private final List<Adresbereik> bereiken;

    private VertrouwdeProxies(List<Adresbereik> bereiken) {
        this.bereiken = List.copyOf(bereiken);
    }

    /** Reads the list; an entry that is no address or range is left out (trusting less) and reported. */
    static VertrouwdeProxies lees(String lijst, Consumer<String> fout) {
        List<Adresbereik> bereiken = new ArrayList<>();
        if (lijst != null) {
            for (String deel : lijst.split("[,\\s]+")) {
                if (deel.isEmpty()) {
                    continue;
                }
                try {
                    bereiken.add(Adresbereik.lees(deel));
                } catch (IllegalArgumentException e) {
                    fout.accept(e.getMessage());
                }
            }
        }
        return new VertrouwdeProxies(bereiken);
    }

    boolean vertrouwt(InetAddress adres) {
        for (Adresbereik bereik : bereiken) {
            if (bereik.bevat(adres)) {
                return true;
            }
        }
        return false;
    }

    boolean leeg() {
        return bereiken.isEmpty();
    }

    int aantal() {
        return bereiken.size();
    }
}
