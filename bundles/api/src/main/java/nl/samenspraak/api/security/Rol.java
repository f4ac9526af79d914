package nl.samenspraak.api.security;

import java.util.Set;

/**
 * The platform roles. {@link #BEHEERDER} (the hosting provider) acts for every gemeente; the others are
 * always held for one gemeente and written as {@code rol:GMxxxx}, e.g. {@code ambtenaar:GM0518}.
 */
public enum Rol {
    BEHEERDER("beheerder"),
    AMBTENAAR("ambtenaar"),
    INWONER("inwoner"),
    /** A business in the gemeente: may apply, challenge and respond like a resident. */
    ONDERNEMER("ondernemer"),
    /** A maatschappelijke organisatie: may apply, challenge and respond like a resident. */
    ORGANISATIE("organisatie");

    /** The roles whose holders take part as applicants, challengers or respondents. */
    public static final Set<Rol> INDIENERS = Set.of(INWONER, ONDERNEMER, ORGANISATIE);

    private final String naam;

    Rol(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }

    /** The role name as stored in a user realm: {@code beheerder}, or {@code ambtenaar:GM0518}. */
    public String voor(String gemeenteCode) {
        return this == BEHEERDER ? naam : naam + ":" + gemeenteCode;
    }
}
