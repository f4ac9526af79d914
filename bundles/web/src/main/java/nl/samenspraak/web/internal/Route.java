package nl.samenspraak.web.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A path template such as {@code /gemeenten/{gemeente}/initiatieven/{id}}: literal segments and parameters
 * in braces, each a whole segment. A parameter matches one non-empty segment.
 */
final class Route {

    /** More literal segments first, position by position: {@code .../nieuw} wins over {@code .../{id}}. */
    static final Comparator<Route> SPECIFIEKSTE_EERST = (a, b) -> {
        for (int i = 0; i < Math.min(a.segmenten.size(), b.segmenten.size()); i++) {
            boolean la = !a.segmenten.get(i).startsWith("{");
            boolean lb = !b.segmenten.get(i).startsWith("{");
            if (la != lb) {
                return la ? -1 : 1;
            }
        }
        return 0;
    };

    private final String template;
    private final List<String> segmenten;

    Route(String template) {
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a page path starts with /: " + template);
        }
        this.template = template;
        this.segmenten = segmenten(template);
        for (String segment : segmenten) {
            if (segment.startsWith("{") != segment.endsWith("}") || segment.isEmpty()) {
                throw new IllegalArgumentException("a parameter is a whole segment in braces: " + template);
            }
        }
    }

    String template() {
        return template;
    }

    /** The parameters when the path matches, keyed by name. */
    Optional<Map<String, String>> match(String pad) {
        List<String> delen = segmenten(pad);
        if (delen.size() != segmenten.size()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < delen.size(); i++) {
            String segment = segmenten.get(i);
            String deel = delen.get(i);
            if (segment.startsWith("{")) {
                if (deel.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), deel);
            } else if (!segment.equals(deel)) {
                return Optional.empty();
            }
        }
        return Optional.of(parameters);
    }

    private static List<String> segmenten(String pad) {
        List<String> list = new ArrayList<>();
        if (pad.equals("/")) {
            return list;
        }
        for (String segment : pad.substring(1).split("/", -1)) {
            list.add(segment);
        }
        return list;
    }

    @Override
    public String toString() {
        return template;
    }
}
