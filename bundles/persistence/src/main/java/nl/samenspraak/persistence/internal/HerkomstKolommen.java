package nl.samenspraak.persistence.internal;

import java.time.LocalDate;
import java.util.Optional;

import javax.persistence.Column;
import javax.persistence.Embeddable;

import nl.samenspraak.api.initiatief.Besluit;

/**
 * The provenance of the rules that made a decision, copied into the row that records it (a besluit, a
 * round's result), so the decision stays explainable after the rules bundle is updated or removed.
 */
@Embeddable
public class HerkomstKolommen {

    @Column(nullable = false, length = 300)
    private String regelsTitel;

    @Column(nullable = false, length = 500)
    private String regelsVindplaats;

    @Column(nullable = false)
    private LocalDate regelsGeldigVanaf;

    private LocalDate regelsGeldigTot;

    @Column(nullable = false, length = 200)
    private String bundel;

    @Column(nullable = false, length = 100)
    private String bundelversie;

    protected HerkomstKolommen() {
        // for JPA
    }

    HerkomstKolommen(Besluit.Herkomst h) {
        regelsTitel = h.titel();
        regelsVindplaats = h.vindplaats();
        regelsGeldigVanaf = h.geldigVanaf();
        regelsGeldigTot = h.geldigTot().orElse(null);
        bundel = h.bundel();
        bundelversie = h.bundelversie();
    }

    Besluit.Herkomst toHerkomst() {
        return new Besluit.Herkomst(regelsTitel, regelsVindplaats, regelsGeldigVanaf, Optional.ofNullable(regelsGeldigTot), bundel,
                bundelversie);
    }
}
