package nl.samenspraak.mail.internal;

import java.util.Map;
import java.util.Optional;

/**
 * What a gemeente's configuration says about its mail: the name mails are sent under, where replies go, and the
 * address of its civil servants (new Right to Challenge requests, the daily werkvoorraad).
 */
record Afzender(String gemeente, String naam, Optional<String> antwoordadres, Optional<String> ambtenaren) {

    static final String NAAM = "mail.afzender";
    static final String ANTWOORDADRES = "mail.antwoordadres";
    static final String AMBTENAREN = "mail.ambtenaren";

    /** From a {@code nl.samenspraak.gemeente} configuration; empty when it names no gemeente. */
    static Optional<Afzender> uit(Map<String, ?> configuratie) {
        String code = tekst(configuratie.get("code"));
        if (code.isEmpty()) {
            return Optional.empty();
        }
        String naam = tekst(configuratie.get(NAAM));
        if (naam.isEmpty()) {
            String gemeentenaam = tekst(configuratie.get("naam"));
            naam = "Gemeente " + (gemeentenaam.isEmpty() ? code : gemeentenaam);
        }
        return Optional.of(new Afzender(code, naam, optioneel(configuratie.get(ANTWOORDADRES)),
                optioneel(configuratie.get(AMBTENAREN))));
    }

    /** A gemeente whose configuration says nothing about mail. */
    static Afzender standaard(String gemeente) {
        return new Afzender(gemeente, "Gemeente " + gemeente, Optional.empty(), Optional.empty());
    }

    private static Optional<String> optioneel(Object waarde) {
        String t = tekst(waarde);
        return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }

    private static String tekst(Object waarde) {
        return waarde == null ? "" : waarde.toString().trim();
    }
}
