package nl.samenspraak.persistence.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.persistence.Column;
import javax.persistence.Embedded;
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
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Rondeopzet;

/**
 * A wijkbudget round with its set-up and rules provenance copied in, and its result once closed. The
 * result's reasons are {@link BesluitRedenEntity} rows under the round's id.
 */
@Entity
@Table(name = "WIJKBUDGETRONDE")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = TenantJpa.TENANT, length = 6)
public class RondeEntity {

    static final String TABEL = "WIJKBUDGETRONDE";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 8)
    private String wijk;

    @Column(nullable = false, length = 200)
    private String titel;

    @Column(nullable = false)
    private long bedragCenten;

    @Column(nullable = false, length = 36)
    private String budgetId;

    @Column(nullable = false, length = 100)
    private String proces;

    @Enumerated(EnumType.STRING)
    @Column(name = "FASE", nullable = false, length = 30)
    private Fase fase;

    @Column(nullable = false, length = 300)
    private String planning;

    // the set-up (Rondeopzet)
    @Column(nullable = false, length = 20)
    private String besluitvorming;
    private int juryleden;
    private int ondersteunersPerPlan;
    private boolean haalbaarheidstoets;
    private int minimumleeftijd;
    private boolean alleenWijkbewoners;
    @Column(nullable = false, length = 40)
    private String stembiljet;
    private int stembiljetMaximum;
    @Column(nullable = false, length = 300)
    private String opzetArtikel;
    @Column(nullable = false, length = 4000)
    private String opzetToelichting;

    // the rules that govern it
    @Column(nullable = false)
    private LocalDate peildatum;
    @Embedded
    private HerkomstKolommen regels;

    @Column(nullable = false, length = 200)
    private String ingesteldDoor;
    @Column(nullable = false)
    private Instant ingesteldOp;

    // the result
    @Column(length = 4000)
    private String gekozen;
    private Long toegewezenCenten;
    private Long resterendCenten;
    private Long digitaleStemmen;
    private Long papierenStemmen;
    @Lob
    private String uitleg;
    @Column(length = 200)
    private String vastgesteldDoor;
    private Instant vastgesteldOp;

    protected RondeEntity() {
        // for JPA
    }

    RondeEntity(Ronde r) {
        id = r.id();
        wijk = r.wijk();
        titel = r.titel();
        bedragCenten = r.bedrag().centen();
        budgetId = r.budgetId();
        proces = r.proces();
        fase = r.fase();
        planning = r.planning().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name() + "=" + e.getValue()).collect(Collectors.joining(";"));
        Rondeopzet o = r.opzet();
        besluitvorming = o.besluitvorming().name();
        juryleden = o.juryleden();
        ondersteunersPerPlan = o.ondersteunersPerPlan();
        haalbaarheidstoets = o.haalbaarheidstoets();
        minimumleeftijd = o.minimumleeftijd();
        alleenWijkbewoners = o.alleenWijkbewoners();
        stembiljet = o.stembiljet().wijze().name();
        stembiljetMaximum = o.stembiljet().maximum();
        opzetArtikel = o.grondslag().artikel();
        opzetToelichting = o.grondslag().toelichting();
        peildatum = r.peildatum();
        regels = new HerkomstKolommen(r.regels());
        ingesteldDoor = r.ingesteldDoor();
        ingesteldOp = r.ingesteldOp();
    }

    String id() {
        return id;
    }

    Fase fase() {
        return fase;
    }

    void naarFase(Fase naar) {
        fase = naar;
    }

    void sluit(Uitslag u) {
        fase = Fase.UITSLAG;
        gekozen = String.join(",", u.gekozen());
        toegewezenCenten = u.toegewezen().centen();
        resterendCenten = u.resterend().centen();
        digitaleStemmen = u.digitaleStemmen();
        papierenStemmen = u.papierenStemmen();
        uitleg = u.uitleg();
        vastgesteldDoor = u.vastgesteldDoor();
        vastgesteldOp = u.vastgesteldOp();
        regels = new HerkomstKolommen(u.regels()); // the rules that decided, which an update may have replaced
    }

    Ronde toRonde(String gemeente, List<Reden> uitslagredenen) {
        Map<Fase, LocalDate> plan = new EnumMap<>(Fase.class);
        if (!planning.isEmpty()) {
            Arrays.stream(planning.split(";")).map(d -> d.split("="))
                    .forEach(d -> plan.put(Fase.valueOf(d[0]), LocalDate.parse(d[1])));
        }
        Rondeopzet opzet = new Rondeopzet(Rondeopzet.Besluitvorming.valueOf(besluitvorming), juryleden, ondersteunersPerPlan,
                haalbaarheidstoets, minimumleeftijd, alleenWijkbewoners,
                new Rondeopzet.Stembiljet(Rondeopzet.Stembiljet.Wijze.valueOf(stembiljet), stembiljetMaximum),
                new Reden(opzetArtikel, opzetToelichting));
        Besluit.Herkomst herkomst = regels.toHerkomst();
        Optional<Uitslag> uitslag = vastgesteldOp == null ? Optional.empty() : Optional.of(new Uitslag(
                gekozen.isEmpty() ? List.of() : List.of(gekozen.split(",")), Bedrag.centen(toegewezenCenten),
                Bedrag.centen(resterendCenten), digitaleStemmen, papierenStemmen, uitleg, uitslagredenen, herkomst,
                vastgesteldDoor, vastgesteldOp));
        return new Ronde(id, gemeente, wijk, titel, Bedrag.centen(bedragCenten), budgetId, proces, opzet, peildatum, herkomst,
                fase, plan, ingesteldDoor, ingesteldOp, uitslag);
    }
}
