package nl.samenspraak.persistence.internal;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A user's e-mail address. Users are platform-wide, so this row carries no gemeente. */
@Entity
@Table(name = "MAILADRES")
public class MailadresEntity {

    @Id
    @Column(length = 200)
    private String gebruiker;

    @Column(nullable = false, length = 320)
    private String adres;

    @Column(name = "GEWIJZIGD_OP", nullable = false)
    private Instant gewijzigdOp;

    protected MailadresEntity() {
        // for JPA
    }

    MailadresEntity(String gebruiker, String adres, Instant op) {
        this.gebruiker = gebruiker;
        wijzig(adres, op);
    }

    void wijzig(String adres, Instant op) {
        this.adres = adres;
        this.gewijzigdOp = op;
    }

    String adres() {
        return adres;
    }
}
