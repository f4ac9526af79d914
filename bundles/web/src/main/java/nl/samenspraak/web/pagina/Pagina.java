package nl.samenspraak.web.pagina;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One page (or a family of pages under one path template), registered as a service with the property
 * {@value #PAD}, e.g. {@code /gemeenten/{gemeente}/initiatieven/{id}}. A path segment in braces is a
 * parameter ({@link Verzoek#pad(String)}); {@code {gemeente}} must name a gemeente the platform serves, or the
 * resident gets the 404 page. When two pages claim the same path, the one with the highest
 * {@code service.ranking} answers: that is how another sign-in method (DigiD through an OIDC broker) replaces
 * the form at {@code /inloggen}.
 * <p>
 * Keep pages thin: read the request, call a domain service, choose a template. Every POST has passed the
 * CSRF check before {@link #post} is called.
 */
@ConsumerType
public interface Pagina {

    /** The service property holding the path template. */
    String PAD = "pagina.pad";

    default Antwoord get(Verzoek verzoek) {
        throw PaginaFout.methodeNietToegestaan();
    }

    default Antwoord post(Verzoek verzoek) {
        throw PaginaFout.methodeNietToegestaan();
    }
}
