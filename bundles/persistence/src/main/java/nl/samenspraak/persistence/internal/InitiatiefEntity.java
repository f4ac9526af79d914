package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;

import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Gegevens;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Initiatiefsoort;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Participatieniveau;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.opslag.InitiatiefStore.Beschrijving;
import nl.samenspraak.api.opslag.InitiatiefStore.NieuwInitiatief;
import nl.samenspraak.rules.Besluitsoort;
import nl.samenspraak.rules.Inspraakrecht;
import nl.samenspraak.rules.Onderwerp;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Subsidieaanvraag;
import nl.samenspraak.rules.Termijn;
import nl.samenspraak.rules.Uitdaagverzoek;

/**
 * An initiative of any kind in one table: the common fields, plus the columns of its kind's particulars
 * (the others stay null). One row per initiative keeps the list with its filters a single indexed query.
 */
@Entity
@Table(name = "INITIATIEF")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class InitiatiefEntity {

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Initiatiefsoort soort;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Status status;

    @Column(nullable = false, length = 200)
    private String titel;

    @Lob
    @Column(nullable = false)
    private String omschrijving;

    @Column(length = 8)
    private String wijk;

    @Column(nullable = false, length = 200)
    private String initiatiefnemer;

    @Column(nullable = false)
    private Instant aangemaaktOp;

    // bewonersinitiatief and uitdaagrecht: the day received, the amount asked, the decision term
    private LocalDate ingediendOp;
    private Long gevraagdCenten;
    private LocalDate beslistTot;

    // bewonersinitiatief
    @Column(length = 50)
    private String regeling;
    private LocalDate activiteitOp;
    @Column(length = 10)
    private String schaal;
    private Integer leeftijdAanvrager;
    @Column(length = 2000)
    private String leeftijdenOndersteuners;
    @Column(length = 1000)
    private String kenmerken;
    private LocalDate opgeschortSinds;
    @Column(length = 36)
    private String budgetId;
    private Long verleendCenten;
    private Long werkelijkeKostenCenten;
    @Lob
    private String verantwoording;
    private Long vastgesteldCenten;

    // uitdaagrecht
    @Column(length = 500)
    private String taak;
    private Boolean metBudget;
    private Integer ondersteuners;
    @Column(length = 500)
    private String onderbouwing;

    // participatietraject
    @Column(length = 20)
    private String niveau;
    @Column(length = 200)
    private String beleidsterrein;

    // inspraak
    @Column(length = 30)
    private String besluitsoort;
    @Column(length = 40)
    private String onderwerp;
    private LocalDate terInzageVanaf;
    @Column(length = 20)
    private String zienswijzetermijn;
    @Column(length = 200)
    private String zienswijzetermijnArtikel;
    @Column(length = 1000)
    private String zienswijzetermijnToelichting;
    private LocalDate zienswijzenTot;
    @Column(length = 40)
    private String inspraakKring;
    private Integer inspraakMinimumleeftijd;
    @Column(length = 200)
    private String inspraakArtikel;
    @Column(length = 1000)
    private String inspraakToelichting;
    private LocalDate reactienotaTot;
    @Lob
    private String reactienota;

    protected InitiatiefEntity() {
        // for JPA
    }

    InitiatiefEntity(String id, NieuwInitiatief nieuw, Status status, String initiatiefnemer, Instant op) {
        this.id = id;
        this.soort = nieuw.gegevens().soort();
        this.status = status;
        this.titel = nieuw.titel();
        this.omschrijving = nieuw.omschrijving();
        this.wijk = nieuw.wijk().orElse(null);
        this.initiatiefnemer = initiatiefnemer;
        this.aangemaaktOp = op;
        schrijf(nieuw.gegevens());
    }

    String id() {
        return id;
    }

    Status status() {
        return status;
    }

    void wijzig(Status nieuweStatus, Gegevens gegevens) {
        if (gegevens.soort() != soort) {
            throw new IllegalArgumentException("a " + soort + " cannot take the particulars of a " + gegevens.soort());
        }
        this.status = nieuweStatus;
        schrijf(gegevens);
    }

    void beschrijf(Beschrijving beschrijving) {
        this.titel = beschrijving.titel();
        this.omschrijving = beschrijving.omschrijving();
        this.wijk = beschrijving.wijk().orElse(null);
    }

    Initiatief toInitiatief(String gemeente) {
        return new Initiatief(id, gemeente, status, titel, omschrijving, Optional.ofNullable(wijk), initiatiefnemer,
                aangemaaktOp, gegevens());
    }

    private void schrijf(Gegevens gegevens) {
        if (gegevens instanceof Subsidiegegevens s) {
            Subsidieaanvraag a = s.aanvraag();
            regeling = s.regeling();
            ingediendOp = a.ingediendOp();
            activiteitOp = a.activiteitOp();
            gevraagdCenten = a.gevraagdInCenten();
            schaal = a.schaal().name();
            leeftijdAanvrager = a.leeftijdAanvrager();
            leeftijdenOndersteuners = lijst(a.leeftijdenOndersteuners());
            kenmerken = lijst(a.kenmerken());
            beslistTot = s.beslistTot();
            opgeschortSinds = s.opgeschortSinds().orElse(null);
            budgetId = s.budgetId().orElse(null);
            verleendCenten = s.verleend().map(Bedrag::centen).orElse(null);
            werkelijkeKostenCenten = s.werkelijkeKosten().map(Bedrag::centen).orElse(null);
            verantwoording = s.verantwoording().orElse(null);
            vastgesteldCenten = s.vastgesteld().map(Bedrag::centen).orElse(null);
        } else if (gegevens instanceof Uitdaaggegevens u) {
            Uitdaagverzoek v = u.verzoek();
            ingediendOp = v.ontvangenOp();
            taak = v.taak();
            metBudget = v.metBudget();
            gevraagdCenten = v.gevraagdInCenten();
            ondersteuners = v.ondersteuners();
            onderbouwing = lijst(v.onderbouwing());
            beslistTot = u.beslistTot();
        } else if (gegevens instanceof Trajectgegevens t) {
            niveau = t.niveau().name();
            beleidsterrein = t.beleidsterrein();
        } else if (gegevens instanceof Inspraakgegevens i) {
            besluitsoort = i.besluitsoort().name();
            onderwerp = i.onderwerp().name();
            terInzageVanaf = i.terInzageVanaf();
            zienswijzetermijn = i.zienswijzetermijn().duur().toString();
            zienswijzetermijnArtikel = i.zienswijzetermijn().grondslag().artikel();
            zienswijzetermijnToelichting = i.zienswijzetermijn().grondslag().toelichting();
            zienswijzenTot = i.zienswijzenTot();
            inspraakKring = i.inspraakrecht().kring().name();
            inspraakMinimumleeftijd = i.inspraakrecht().minimumleeftijd();
            inspraakArtikel = i.inspraakrecht().grondslag().artikel();
            inspraakToelichting = i.inspraakrecht().grondslag().toelichting();
            reactienotaTot = i.reactienotaTot();
            reactienota = i.reactienota().orElse(null);
        }
    }

    private Gegevens gegevens() {
        return switch (soort) {
            case BEWONERSINITIATIEF -> new Subsidiegegevens(regeling,
                    new Subsidieaanvraag(ingediendOp, activiteitOp, gevraagdCenten, Subsidieaanvraag.Schaal.valueOf(schaal),
                            Optional.ofNullable(wijk), leeftijdAanvrager, lees(leeftijdenOndersteuners, Integer::valueOf),
                            enums(kenmerken, Subsidieaanvraag.Kenmerk.class)),
                    beslistTot, Optional.ofNullable(opgeschortSinds), Optional.ofNullable(budgetId), bedrag(verleendCenten),
                    bedrag(werkelijkeKostenCenten), Optional.ofNullable(verantwoording), bedrag(vastgesteldCenten));
            case UITDAAGRECHT -> new Uitdaaggegevens(new Uitdaagverzoek(ingediendOp, taak, metBudget, gevraagdCenten,
                    ondersteuners, enums(onderbouwing, Uitdaagverzoek.Onderbouwing.class)), beslistTot);
            case PARTICIPATIETRAJECT -> new Trajectgegevens(Participatieniveau.valueOf(niveau), beleidsterrein);
            case INSPRAAK -> new Inspraakgegevens(Besluitsoort.valueOf(besluitsoort), Onderwerp.valueOf(onderwerp),
                    terInzageVanaf, new Termijn(Period.parse(zienswijzetermijn), new Reden(zienswijzetermijnArtikel,
                            zienswijzetermijnToelichting)),
                    zienswijzenTot, new Inspraakrecht(Inspraakrecht.Kring.valueOf(inspraakKring), inspraakMinimumleeftijd,
                            new Reden(inspraakArtikel, inspraakToelichting)),
                    reactienotaTot, Optional.ofNullable(reactienota));
        };
    }

    private static Optional<Bedrag> bedrag(Long centen) {
        return Optional.ofNullable(centen).map(Bedrag::centen);
    }

    private static String lijst(Collection<?> waarden) {
        return waarden.stream().map(w -> w instanceof Enum<?> e ? e.name() : w.toString()).sorted()
                .collect(Collectors.joining(","));
    }

    private static <T> List<T> lees(String lijst, Function<String, T> waarde) {
        return lijst == null || lijst.isEmpty() ? List.of() : Arrays.stream(lijst.split(",")).map(waarde).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(String lijst, Class<E> soort) {
        Set<E> waarden = EnumSet.noneOf(soort);
        waarden.addAll(lees(lijst, naam -> Enum.valueOf(soort, naam)));
        return waarden;
    }
}
