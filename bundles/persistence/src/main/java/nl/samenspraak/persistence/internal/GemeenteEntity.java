package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

import nl.samenspraak.api.gemeente.GemeenteRecord;

@Entity
@Table(name = "GEMEENTE")
public class GemeenteEntity {

    @Id
    @Column(length = 6)
    private String code;

    @Column(nullable = false, length = 200)
    private String naam;

    @Column(nullable = false)
    private Instant firstConfigured;

    @Column(nullable = false)
    private Instant lastConfigured;

    private Instant removedAt;

    protected GemeenteEntity() {
        // for JPA
    }

    GemeenteEntity(String code, String naam, Instant configuredAt) {
        this.code = code;
        this.naam = naam;
        this.firstConfigured = configuredAt;
        this.lastConfigured = configuredAt;
    }

    void configured(String naam, Instant at) {
        this.naam = naam;
        this.lastConfigured = at;
        this.removedAt = null;
    }

    void removed(Instant at) {
        this.removedAt = at;
    }

    GemeenteRecord toRecord() {
        return new GemeenteRecord(code, naam, firstConfigured, lastConfigured, Optional.ofNullable(removedAt));
    }
}
