package nl.samenspraak.rest.internal.resources;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.validatie.Overtreding;
import nl.samenspraak.rest.internal.problem.ProblemException;
import nl.samenspraak.rules.Subsidieaanvraag;

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

    /**
     * The years a date of this platform can lie in. ISO dates also spell year 0 and year +100000, which the
     * database cannot store (year 0 became 0001-01-01, year 100000 failed the request with a 500).
     */
    static final int EERSTE_JAAR = 1900;
    static final int LAATSTE_JAAR = 2999;

    static LocalDate datum(List<Overtreding> fouten, String veld, String tekst) {
        if (tekst == null) {
            return null;
        }
        Optional<LocalDate> datum = datum(tekst);
        if (datum.isEmpty()) {
            fouten.add(new Overtreding(veld, "geen datum: schrijf JJJJ-MM-DD met een jaar van " + EERSTE_JAAR + " tot en met "
                    + LAATSTE_JAAR + ", bijvoorbeeld \"2025-01-31\""));
        }
        return datum.orElse(null);
    }

    /** A date as JJJJ-MM-DD in the years this platform knows, or empty. */
    static Optional<LocalDate> datum(String tekst) {
        try {
            LocalDate datum = LocalDate.parse(tekst);
            return datum.getYear() < EERSTE_JAAR || datum.getYear() > LAATSTE_JAAR ? Optional.empty() : Optional.of(datum);
        } catch (DateTimeParseException e) {
            return Optional.empty();
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

    /**
     * The fields of a subsidy application as the scheme judges it, parsed; {@code null} (with each wrong field
     * in {@code fouten}) when one does not parse or is missing. Used by the trial assessment and the application.
     */
    static Subsidieaanvraag subsidieaanvraag(List<Overtreding> fouten, LocalDate ingediendOp, String activiteitOp,
            String gevraagd, String schaal, String wijk, Integer leeftijdAanvrager, List<Integer> leeftijdenOndersteuners,
            List<String> kenmerken) {
        int aantal = fouten.size();
        LocalDate activiteit = datum(fouten, "activiteitOp", activiteitOp);
        if (activiteitOp == null) {
            fouten.add(new Overtreding("activiteitOp", "verplicht"));
        }
        Bedrag bedrag = bedrag(fouten, "gevraagd", gevraagd);
        if (gevraagd == null) {
            fouten.add(new Overtreding("gevraagd", "verplicht"));
        }
        Subsidieaanvraag.Schaal reikwijdte = keuze(fouten, "schaal", schaal, Subsidieaanvraag.Schaal.class);
        if (schaal == null) {
            fouten.add(new Overtreding("schaal", "verplicht: " + namen(Subsidieaanvraag.Schaal.class)));
        }
        int leeftijd = leeftijd(fouten, "leeftijdAanvrager", leeftijdAanvrager);
        List<Integer> ondersteuners = leeftijdenOndersteuners == null ? List.of() : leeftijdenOndersteuners;
        if (ondersteuners.stream().anyMatch(l -> l == null || l < 0 || l > 130)) {
            fouten.add(new Overtreding("leeftijdenOndersteuners", "elke leeftijd ligt tussen 0 en 130"));
        }
        Set<Subsidieaanvraag.Kenmerk> gekozen = EnumSet.noneOf(Subsidieaanvraag.Kenmerk.class);
        for (String kenmerk : kenmerken == null ? List.<String>of() : kenmerken) {
            Optional.ofNullable(keuze(fouten, "kenmerken", kenmerk, Subsidieaanvraag.Kenmerk.class)).ifPresent(gekozen::add);
        }
        if (fouten.size() > aantal || ingediendOp == null) {
            return null;
        }
        return new Subsidieaanvraag(ingediendOp, activiteit, bedrag.centen(), reikwijdte, Optional.ofNullable(wijk), leeftijd,
                ondersteuners, gekozen);
    }

    static int leeftijd(List<Overtreding> fouten, String veld, Integer leeftijd) {
        if (leeftijd == null || leeftijd < 0 || leeftijd > 130) {
            fouten.add(new Overtreding(veld, "een leeftijd tussen 0 en 130 is verplicht"));
            return 0;
        }
        return leeftijd;
    }
}
