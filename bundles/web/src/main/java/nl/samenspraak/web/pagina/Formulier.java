package nl.samenspraak.web.pagina;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a form and what is wrong with them, in the order of the form. Templates show each value back
 * (a form that fails keeps what the resident typed), the error next to its field, and an error summary at the
 * top linking to each field by its id ({@code id} equals the field's name).
 */
public final class Formulier {

    /** One error: the field (its id in the page) and what to do about it, in plain Dutch. */
    public record Fout(String veld, String boodschap) {
    }

    private final Map<String, List<String>> waarden;
    private final Map<String, String> fouten = new LinkedHashMap<>();

    public Formulier(Map<String, List<String>> waarden) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        waarden.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.waarden = Collections.unmodifiableMap(copy);
    }

    public static Formulier leeg() {
        return new Formulier(Map.of());
    }

    /** The first value of a field as typed (trimmed), or the empty string. */
    public String waarde(String veld) {
        List<String> values = waarden.getOrDefault(veld, List.of());
        return values.isEmpty() ? "" : values.get(0).trim();
    }

    public Optional<String> optioneel(String veld) {
        String waarde = waarde(veld);
        return waarde.isEmpty() ? Optional.empty() : Optional.of(waarde);
    }

    /** Every non-blank value of a field (check boxes), trimmed. */
    public List<String> waarden(String veld) {
        List<String> result = new ArrayList<>();
        for (String value : waarden.getOrDefault(veld, List.of())) {
            if (!value.isBlank()) {
                result.add(value.trim());
            }
        }
        return result;
    }

    public boolean gekozen(String veld, String waarde) {
        return waarden(veld).contains(waarde);
    }

    /** Records an error on a field; the first error of a field is the one shown. */
    public Formulier fout(String veld, String boodschap) {
        fouten.putIfAbsent(veld, boodschap);
        return this;
    }

    /**
     * Records {@code boodschap} on a field left empty (or only spaces).
     *
     * @since 1.3
     */
    public Formulier verplicht(String veld, String boodschap) {
        return waarde(veld).isEmpty() ? fout(veld, boodschap) : this;
    }

    public boolean heeftFouten() {
        return !fouten.isEmpty();
    }

    public boolean heeftFout(String veld) {
        return fouten.containsKey(veld);
    }

    /** The error of a field, or the empty string. */
    public String foutBij(String veld) {
        return fouten.getOrDefault(veld, "");
    }

    public List<Fout> fouten() {
        List<Fout> list = new ArrayList<>();
        fouten.forEach((veld, boodschap) -> list.add(new Fout(veld, boodschap)));
        return list;
    }
}
