package nl.samenspraak.mail.internal;

import java.util.regex.Pattern;

/**
 * Whether what a resident typed looks like an e-mail address: one {@code @}, no spaces, a domain with a dot.
 * Deliberately loose: whether the address works shows when mail to it arrives.
 */
final class Adrescontrole {

    private static final Pattern ADRES = Pattern.compile("[^@\\s<>\"(),;:]+@[^@\\s<>\"(),;:]+\\.[^@\\s<>\"(),;:.]{2,}");

    private Adrescontrole() {
    }

    static boolean isAdres(String adres) {
        return adres != null && adres.length() <= 320 && ADRES.matcher(adres).matches();
    }
}
