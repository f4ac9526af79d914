package nl.samenspraak.persistence.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

/** A compartment of the kluis; platform-wide, so this row carries no gemeente. */
@Entity
@Table(name = "KLUISVAK")
public class KluisvakEntity {

    @Id
    @Column(length = 64)
    private String vak;

    @Lob
    @Column(nullable = false)
    private byte[] inhoud;

    @Column(name = "GELDIG_TOT", nullable = false)
    private Instant geldigTot;

    protected KluisvakEntity() {
        // for JPA
    }

    KluisvakEntity(String vak, byte[] inhoud, Instant geldigTot) {
        this.vak = vak;
        this.inhoud = inhoud.clone();
        this.geldigTot = geldigTot;
    }

    byte[] inhoud() {
        return inhoud.clone();
    }

    Instant geldigTot() {
        return geldigTot;
    }
}
