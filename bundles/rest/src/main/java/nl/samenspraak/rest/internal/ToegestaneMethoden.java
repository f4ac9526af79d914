package nl.samenspraak.rest.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

/**
 * The HTTP methods each path of the API has, read from the resources' JAX-RS annotations: what the {@code Allow}
 * header names. CXF's own answer lists the methods of every resource method it considered, so it said
 * {@code POST,GET,OPTIONS,HEAD} for paths that have GET only.
 */
final class ToegestaneMethoden {

    private record Pad(Pattern patroon, Set<String> methoden) {
    }

    private final List<Pad> paden = new ArrayList<>();

    ToegestaneMethoden(List<Class<?>> resourceClasses) {
        for (Class<?> soort : resourceClasses) {
            Path basis = soort.getAnnotation(Path.class);
            if (basis == null) {
                continue;
            }
            for (Method methode : soort.getMethods()) {
                for (var annotatie : methode.getAnnotations()) {
                    HttpMethod http = annotatie.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = methode.getAnnotation(Path.class);
                        voegToe(basis.value() + (sub == null ? "" : "/" + sub.value()), http.value());
                    }
                }
            }
        }
    }

    private void voegToe(String sjabloon, String methode) {
        Pattern patroon = patroon(sjabloon);
        Pad pad = paden.stream().filter(p -> p.patroon().pattern().equals(patroon.pattern())).findFirst().orElseGet(() -> {
            Pad nieuw = new Pad(patroon, new TreeSet<>(Set.of("OPTIONS")));
            paden.add(nieuw);
            return nieuw;
        });
        pad.methoden().add(methode);
        if ("GET".equals(methode)) {
            pad.methoden().add("HEAD");
        }
    }

    /** The methods of the first path this request path (relative to the API's base, decoded) matches. */
    Optional<Set<String>> voor(String pad) {
        String genormaliseerd = strip(pad);
        return paden.stream().filter(p -> p.patroon().matcher(genormaliseerd).matches()).findFirst().map(Pad::methoden);
    }

    /** A JAX-RS path template as a pattern: {@code {code}} is one segment, {@code {naam: regex}} its regex. */
    static Pattern patroon(String sjabloon) {
        String pad = strip(sjabloon.replaceAll("/+", "/"));
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < pad.length()) {
            int open = pad.indexOf('{', i);
            if (open < 0) {
                regex.append(Pattern.quote(pad.substring(i)));
                break;
            }
            regex.append(Pattern.quote(pad.substring(i, open)));
            int sluit = sluitendeAccolade(pad, open);
            String variabele = pad.substring(open + 1, sluit);
            int dubbelepunt = variabele.indexOf(':');
            regex.append(dubbelepunt < 0 ? "[^/]+" : "(?:" + variabele.substring(dubbelepunt + 1).trim() + ")");
            i = sluit + 1;
        }
        return Pattern.compile(regex.toString());
    }

    private static int sluitendeAccolade(String pad, int open) {
        int diepte = 0;
        for (int i = open; i < pad.length(); i++) {
            if (pad.charAt(i) == '{') {
                diepte++;
            } else if (pad.charAt(i) == '}' && --diepte == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Geen sluitende accolade in " + pad);
    }

    private static String strip(String pad) {
        return pad.replaceAll("^/+|/+$", "");
    }
}
