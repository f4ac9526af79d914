package nl.samenspraak.api.mail;

/** How often a resident wants a kind of mail. */
public enum Frequentie {
    /** As soon as it happens. */
    DIRECT,
    /** Together with the others of that day, in one mail the next morning. */
    DAGELIJKS,
    /** Not at all: the mail is dropped. */
    NOOIT;

    public String naam() {
        return name().toLowerCase();
    }
}
