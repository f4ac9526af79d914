package nl.samenspraak.core.internal.gemeente;

/**
 * A gemeente configuration the platform refuses, with a message a hosting provider can act on.
 */
class InvalidGemeenteConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidGemeenteConfigurationException(String message) {
        super(message);
    }
}
