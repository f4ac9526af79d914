package nl.samenspraak.api.security;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An authenticated user with the role names the realm gave them (see {@link Rol} for their form). Roles
 * the platform does not know, such as Karaf's own {@code admin}, are kept but grant nothing here.
 */
public record Gebruiker(String naam, Set<String> rollen) {

    public Gebruiker {
        Objects.requireNonNull(naam, "naam");
        rollen = Set.copyOf(rollen);
    }

    public boolean isBeheerder() {
        return rollen.contains(Rol.BEHEERDER.naam());
    }

    /** True when the user holds {@code rol} for this gemeente; a beheerder holds every role everywhere. */
    public boolean heeft(Rol rol, String gemeenteCode) {
        return isBeheerder() || rollen.contains(rol.voor(gemeenteCode));
    }

    /** True when the user holds any role for this gemeente. */
    public boolean hoortBij(String gemeenteCode) {
        return isBeheerder() || rollen.stream().anyMatch(r -> r.endsWith(":" + gemeenteCode));
    }

    /** The gemeente codes this user holds a scoped role for, in order. */
    public Set<String> gemeenten() {
        Set<String> codes = new TreeSet<>();
        for (String rol : rollen) {
            int colon = rol.indexOf(':');
            if (colon > 0) {
                codes.add(rol.substring(colon + 1));
            }
        }
        return codes;
    }
}
