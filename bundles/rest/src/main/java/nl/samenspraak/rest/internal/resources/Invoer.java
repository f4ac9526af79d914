package nl.samenspraak.rest.internal.resources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.problem.ProblemException;

/**
 * Reads the text fields of a JSON request into domain types, collecting a {@link Overtreding} per field that
 * does not parse, so one answer names every wrong field. {@code null} stays {@code null}: whether a field is
 * required is the domain service's call.
 */
final class Invoer {

    private Invoer() {
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new ProblemException(400, "Het verzoek heeft geen JSON-body");
        }
        return body;
    }

    static LocalDate datum(List<Overtreding> fouten, String veld, String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return LocalDate.parse(tekst);
        } catch (DateTimeParseException e) {
            fouten.add(new Overtreding(veld, "geen datum: schrijf JJJJ-MM-DD, bijvoorbeeld \"2025-01-31\""));
            return null;
        }
    }

    static Bedrag bedrag(List<Overtreding> fouten, String veld, String tekst) {
        if (tekst == null) {
            return null;
        }
        try {
            return Bedrag.parse(tekst);
        } catch (IllegalArgumentException e) {
            fouten.add(new Overtreding(veld, e.getMessage()));
            return null;
        }
    }

    /** A lower-case enum name as the API writes it, e.g. {@code "openbaar_toegankelijk"}. */
    static <E extends Enum<E>> E keuze(List<Overtreding> fouten, String veld, String tekst, Class<E> soort) {
        if (tekst == null) {
            return null;
        }
        try {
            return Enum.valueOf(soort, tekst.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fouten.add(new Overtreding(veld, "'" + tekst + "' is geen van " + namen(soort)));
            return null;
        }
    }

    static <E extends Enum<E>> String namen(Class<E> soort) {
        return Arrays.stream(soort.getEnumConstants()).map(Invoer::naam).collect(Collectors.joining(", "));
    }

    static String naam(Enum<?> waarde) {
        return waarde == null ? null : waarde.name().toLowerCase(Locale.ROOT);
    }

    static int leeftijd(List<Overtreding> fouten, String veld, Integer leeftijd) {
        if (leeftijd == null || leeftijd < 0 || leeftijd > 130) {
            fouten.add(new Overtreding(veld, "een leeftijd tussen 0 en 130 is verplicht"));
            return 0;
        }
        return leeftijd;
    }
}
