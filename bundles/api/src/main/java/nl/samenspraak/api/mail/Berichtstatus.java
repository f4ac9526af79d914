package nl.samenspraak.api.mail;

/** Where a message in the outbox stands. */
public enum Berichtstatus {
    /** Waiting for its (next) attempt; with a last error when an attempt failed. */
    WACHTEND,
    /** Claimed by a node that is sending it; the claim expires, so a node that died does not keep it. */
    BEZIG,
    /** Accepted by the SMTP server. */
    VERZONDEN,
    /** Not sent, and never will be: the recipient has no address or does not want this kind. */
    VERVALLEN,
    /** The user wants this kind once a day: it waits for their next daily overview. */
    UITGESTELD,
    /** Told in a daily overview, which is a message of its own. */
    GEBUNDELD;

    public String naam() {
        return name().toLowerCase();
    }
}
