package nl.samenspraak.http.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IP address written as a literal, as it appears in {@code X-Forwarded-For} and in the list of trusted proxies:
 * {@code 203.0.113.7}, {@code 2001:db8::7}, also with a port ({@code 203.0.113.7:51234}, {@code [2001:db8::7]:443}).
 * Never a host name: reading one would ask DNS on every request, and whoever controls that DNS would choose the
 * address.
 */
final class Ipadres {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?::\\d{1,5})?");
    private static final Pattern IPV6_TUSSEN_HAKEN = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private Ipadres() {
    }

    static Optional<InetAddress> lees(String tekst) {
        if (tekst == null) {
            return Optional.empty();
        }
        String t = tekst.strip();
        Matcher v4 = IPV4.matcher(t);
        if (v4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(v4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return adres(bytes);
        }
        Matcher haken = IPV6_TUSSEN_HAKEN.matcher(t);
        String v6 = haken.matches() ? haken.group(1) : IPV6.matcher(t).matches() ? t : null;
        if (v6 == null) {
            return Optional.empty();
        }
        try {
            // in brackets the JDK parses an IPv6 literal or refuses it, never looks it up; an IPv4-mapped one comes back
            // as IPv4
            return Optional.of(InetAddress.getByName("[" + v6 + "]"));
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> adres(byte[] bytes) {
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
