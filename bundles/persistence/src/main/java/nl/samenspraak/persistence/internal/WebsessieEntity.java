package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import nl.samenspraak.api.security.Gebruiker;
import nl.samenspraak.api.websessie.Websessie;

/** A session of the pages; platform-wide, so this row carries no gemeente. */
@Entity
@Table(name = "WEBSESSIE")
public class WebsessieEntity {

    @Id
    @Column(length = 64)
    private String sleutel;

    @Column(nullable = false, length = 64)
    private String csrf;

    @Column(length = 200)
    private String gebruiker;

    /** The user's role names, one per line (a role name holds no line break). */
    @Column(length = 4000)
    private String rollen;

    @Column(nullable = false)
    private Instant begonnen;

    @Column(name = "LAATST_GEBRUIKT", nullable = false)
    private Instant laatstGebruikt;

    protected WebsessieEntity() {
        // for JPA
    }

    WebsessieEntity(Websessie sessie) {
        this.sleutel = sessie.sleutel();
        this.csrf = sessie.csrf();
        this.gebruiker = sessie.gebruiker().map(Gebruiker::naam).orElse(null);
        this.rollen = sessie.gebruiker().map(g -> new TreeSet<>(g.rollen()).stream().collect(Collectors.joining("\n"))).orElse(null);
        this.begonnen = sessie.begonnen();
        this.laatstGebruikt = sessie.laatstGebruikt();
    }

    Websessie toDto() {
        Optional<Gebruiker> wie = Optional.ofNullable(gebruiker).map(naam -> new Gebruiker(naam,
                rollen == null || rollen.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(rollen.split("\n")))));
        return new Websessie(sleutel, csrf, wie, begonnen, laatstGebruikt);
    }
}
