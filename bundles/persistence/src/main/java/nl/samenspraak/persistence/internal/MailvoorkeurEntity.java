package nl.samenspraak.persistence.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import nl.samenspraak.api.mail.Frequentie;
import nl.samenspraak.api.mail.Mailsoort;

/** How often one user wants one kind of mail; the id (user and kind) keeps it to one row per kind. */
@Entity
@Table(name = "MAILVOORKEUR")
public class MailvoorkeurEntity {

    @Id
    @Column(length = 250)
    private String id;

    @Column(nullable = false, length = 200)
    private String gebruiker;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Mailsoort soort;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Frequentie frequentie;

    protected MailvoorkeurEntity() {
        // for JPA
    }

    MailvoorkeurEntity(String gebruiker, Mailsoort soort, Frequentie frequentie) {
        this.id = id(gebruiker, soort);
        this.gebruiker = gebruiker;
        this.soort = soort;
        this.frequentie = frequentie;
    }

    static String id(String gebruiker, Mailsoort soort) {
        return soort.name() + "/" + gebruiker;
    }

    void wijzig(Frequentie frequentie) {
        this.frequentie = frequentie;
    }

    Mailsoort soort() {
        return soort;
    }

    Frequentie frequentie() {
        return frequentie;
    }
}
