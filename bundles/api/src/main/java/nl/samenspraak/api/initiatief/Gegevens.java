package nl.samenspraak.api.initiatief;

/**
 * What a kind of initiative adds to the common fields of an {@link Initiatief}.
 */
public sealed interface Gegevens permits Subsidiegegevens, Uitdaaggegevens, Trajectgegevens, Inspraakgegevens {

    Initiatiefsoort soort();
}
