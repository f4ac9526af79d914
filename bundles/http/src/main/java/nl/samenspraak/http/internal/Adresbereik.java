package nl.samenspraak.http.internal;

import java.net.InetAddress;

/**
 * One address ({@code 10.0.0.7}) or a CIDR range ({@code 10.0.0.0/24}, {@code 2001:db8::/32}) of trusted proxies.
 */
final class Adresbereik {

    private final byte[] netwerk;
    private final int prefix;

    private Adresbereik(byte[] netwerk, int prefix) {
        this.netwerk = netwerk;
        this.prefix = prefix;
    }

    /** @throws IllegalArgumentException when the text is no IP literal, or the prefix does not fit its address */
    static Adresbereik lees(String tekst) {
        String t = tekst.strip();
        int streep = t.indexOf('/');
        String adres = streep < 0 ? t : t.substring(0, streep);
        byte[] bytes = Ipadres.lees(adres).filter(a -> !adres.contains("[") && !heeftPoort(adres))
                .map(InetAddress::getAddress)
                .orElseThrow(() -> new IllegalArgumentException("geen IP-adres: " + tekst));
        int prefix = bytes.length * 8;
        if (streep >= 0) {
            try {
                prefix = Integer.parseInt(t.substring(streep + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("geen prefixlengte: " + tekst);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("prefixlengte buiten 0.." + bytes.length * 8 + ": " + tekst);
            }
        }
        return new Adresbereik(bytes, prefix);
    }

    private static boolean heeftPoort(String adres) {
        return adres.indexOf(':') >= 0 && adres.indexOf(':') == adres.lastIndexOf(':');
    }

    boolean bevat(InetAddress adres) {
        byte[] bytes = adres.getAddress();
        if (bytes.length != netwerk.length) {
            return false;
        }
        int volledig = prefix / 8;
        for (int i = 0; i < volledig; i++) {
            if (bytes[i] != netwerk[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int masker = (0xFF << (8 - rest)) & 0xFF;
        return (bytes[volledig] & masker) == (netwerk[volledig] & masker);
    }
}
