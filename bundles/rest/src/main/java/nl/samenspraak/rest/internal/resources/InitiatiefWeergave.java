package nl.samenspraak.rest.internal.resources;

import static nl.samenspraak.rest.internal.resources.Invoer.naam;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Deelname;
import nl.samenspraak.api.initiatief.Initiatief;
import nl.samenspraak.api.initiatief.Inspraakgegevens;
import nl.samenspraak.api.initiatief.Levenscyclus;
import nl.samenspraak.api.initiatief.Overgang;
import nl.samenspraak.api.initiatief.Status;
import nl.samenspraak.api.initiatief.Subsidiegegevens;
import nl.samenspraak.api.initiatief.Trajectgegevens;
import nl.samenspraak.api.initiatief.Uitdaaggegevens;
import nl.samenspraak.api.initiatief.Zienswijze;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.rules.Subsidieaanvraag;

/**
 * An initiative as the API shows it: the common fields, the steps its lifecycle allows next, and one block
 * with what its kind adds. Amounts are euro strings with two decimals, dates JJJJ-MM-DD.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Een initiatief met de gegevens van zijn soort")
public record InitiatiefWeergave(String id, @Schema(example = "GM0518") String gemeente,
        @Schema(allowableValues = { "bewonersinitiatief", "uitdaagrecht", "participatietraject", "inspraak" }) String soort,
        @Schema(example = "aangevraagd") String status,
        @Schema(description = "Statussen waarnaar de levenscyclus vanuit deze status toestaat") List<String> volgendeStatussen,
        String titel, String omschrijving, @Schema(example = "WK051836") String wijk, String initiatiefnemer,
        @Schema(description = "Tijdstip van aanmaken (ISO 8601)") String aangemaaktOp,
        SubsidieWeergave subsidieaanvraag, UitdaagWeergave uitdaagverzoek, TrajectWeergave traject,
        InspraakWeergave inspraak) {

    static InitiatiefWeergave of(Initiatief i) {
        var g = i.gegevens();
        return new InitiatiefWeergave(i.id(), i.gemeente(), naam(i.soort()), naam(i.status()),
                Levenscyclus.volgende(i.soort(), i.status()).stream().map(Status::naam).sorted().toList(), i.titel(),
                i.omschrijving(), i.wijk().orElse(null), i.initiatiefnemer(), i.aangemaaktOp().toString(),
                g instanceof Subsidiegegevens s ? SubsidieWeergave.of(s) : null,
                g instanceof Uitdaaggegevens u ? UitdaagWeergave.of(u) : null,
                g instanceof Trajectgegevens t ? new TrajectWeergave(naam(t.niveau()), t.beleidsterrein()) : null,
                g instanceof Inspraakgegevens p ? InspraakWeergave.of(p) : null);
    }

    private static String tekst(Optional<?> waarde) {
        return waarde.map(Object::toString).orElse(null);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een subsidieaanvraag voor een bewonersinitiatief en wat ermee gebeurde")
    public record SubsidieWeergave(@Schema(example = "bewonersinitiatief") String regeling,
            @Schema(description = "Dag van indiening; de regeling van die dag beslist") String ingediendOp,
            String activiteitOp, @Schema(example = "750.00") String gevraagd, String schaal, Integer leeftijdAanvrager,
            List<Integer> leeftijdenOndersteuners, List<String> kenmerken,
            @Schema(description = "Uiterste beslisdatum; schuift op zolang om aanvulling is gevraagd") String beslistTot,
            @Schema(description = "Sinds wanneer de beslistermijn stilstaat") String opgeschortSinds, String budgetId,
            String verleend, String werkelijkeKosten, String verantwoording, String vastgesteld) {
        static SubsidieWeergave of(Subsidiegegevens s) {
            Subsidieaanvraag a = s.aanvraag();
            return new SubsidieWeergave(s.regeling(), a.ingediendOp().toString(), a.activiteitOp().toString(),
                    s.gevraagd().toString(), naam(a.schaal()), a.leeftijdAanvrager(), a.leeftijdenOndersteuners(),
                    a.kenmerken().stream().map(Invoer::naam).sorted().toList(), s.beslistTot().toString(),
                    tekst(s.opgeschortSinds()), s.budgetId().orElse(null), tekst(s.verleend()), tekst(s.werkelijkeKosten()),
                    s.verantwoording().orElse(null), tekst(s.vastgesteld()));
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een verzoek onder het uitdaagrecht")
    public record UitdaagWeergave(String ontvangenOp, String taak, boolean metBudget, String gevraagd, int ondersteuners,
            List<String> onderbouwing, String beslistTot) {
        static UitdaagWeergave of(Uitdaaggegevens u) {
            var v = u.verzoek();
            return new UitdaagWeergave(v.ontvangenOp().toString(), v.taak(), v.metBudget(),
                    Bedrag.centen(v.gevraagdInCenten()).toString(), v.ondersteuners(),
                    v.onderbouwing().stream().map(Invoer::naam).sorted().toList(), u.beslistTot().toString());
        }
    }

    @Schema(description = "Een participatietraject; de fase is de status")
    public record TrajectWeergave(@Schema(allowableValues = { "informeren", "raadplegen", "adviseren", "coproduceren",
            "meebeslissen" }) String niveau, String beleidsterrein) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een ontwerpbesluit ter inzage, met de termijnen uit de verordening")
    public record InspraakWeergave(String besluitsoort, String onderwerp, String terInzageVanaf,
            @Schema(description = "Laatste dag voor zienswijzen") String zienswijzenTot,
            @Schema(description = "Artikel van de termijn") String termijnArtikel,
            @Schema(description = "Wie een zienswijze mag indienen") String inspraakrecht, int minimumleeftijd,
            String reactienotaTot, String reactienota) {
        static InspraakWeergave of(Inspraakgegevens p) {
            return new InspraakWeergave(naam(p.besluitsoort()), naam(p.onderwerp()), p.terInzageVanaf().toString(),
                    p.zienswijzenTot().toString(), p.zienswijzetermijn().grondslag().artikel(), naam(p.inspraakrecht().kring()),
                    p.inspraakrecht().minimumleeftijd(), p.reactienotaTot().toString(), p.reactienota().orElse(null));
        }
    }

    @Schema(description = "Initiatieven")
    public record Lijst(List<InitiatiefWeergave> initiatieven) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een vastgelegde statuswijziging")
    public record OvergangWeergave(long volgnummer, String van, String naar, String door, String op, String toelichting) {
        static OvergangWeergave of(Overgang o) {
            return new OvergangWeergave(o.volgnummer(), o.van().map(Invoer::naam).orElse(null), naam(o.naar()), o.door(),
                    o.op().toString(), o.toelichting());
        }
    }

    @Schema(description = "De statuswijzigingen van een initiatief, oudste eerst")
    public record Overgangen(List<OvergangWeergave> overgangen) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een besluit met zijn redenen en de regels die het namen, zodat er bezwaar tegen kan worden gemaakt")
    public record BesluitWeergave(String id, String initiatiefId,
            @Schema(allowableValues = { "subsidieverlening", "subsidievaststelling", "uitdaagrecht" }) String soort,
            @Schema(allowableValues = { "toegekend", "afgewezen", "aanvulling_nodig" }) String uitkomst, String bedrag,
            List<SubsidieregelingenResource.RedenWeergave> redenen,
            @Schema(description = "De dag waarvan de regels golden (de dag van indiening)") String peildatum,
            HerkomstWeergave regels, String genomenDoor, String genomenOp,
            @Schema(description = "Laatste dag voor bezwaar: zes weken na de dag na bekendmaking (art. 6:7 en 6:8 Awb)") String bezwaarTot) {
        static BesluitWeergave of(Besluit b) {
            return new BesluitWeergave(b.id(), b.initiatiefId(), naam(b.soort()), naam(b.uitkomst()), tekst(b.bedrag()),
                    b.redenen().stream().map(r -> new SubsidieregelingenResource.RedenWeergave(r.artikel(), r.toelichting())).toList(),
                    b.peildatum().toString(), HerkomstWeergave.of(b.regels()), b.genomenDoor(), b.genomenOp().toString(),
                    b.bezwaarTot().toString());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "De regels die een besluit namen: titel, vindplaats, geldigheid, bundel en versie")
    public record HerkomstWeergave(String titel, String vindplaats, String geldigVanaf, String geldigTot, String bundel,
            String bundelversie) {
        static HerkomstWeergave of(Besluit.Herkomst h) {
            return new HerkomstWeergave(h.titel(), h.vindplaats(), h.geldigVanaf().toString(), tekst(h.geldigTot()), h.bundel(),
                    h.bundelversie());
        }
    }

    @Schema(description = "De besluiten over een initiatief, oudste eerst")
    public record Besluiten(List<BesluitWeergave> besluiten) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "Een zienswijze en het antwoord uit de reactienota")
    public record ZienswijzeWeergave(String id, String inspraakId, String indiener, String ontvangenOp, String geregistreerdOp,
            String inhoud, String antwoord) {
        static ZienswijzeWeergave of(Zienswijze z) {
            return new ZienswijzeWeergave(z.id(), z.inspraakId(), z.indiener(), z.ontvangenOp().toString(),
                    z.geregistreerdOp().toString(), z.inhoud(), z.antwoord().orElse(null));
        }
    }

    @Schema(description = "Zienswijzen")
    public record Zienswijzen(List<ZienswijzeWeergave> zienswijzen) {
    }

    @Schema(description = "Iemands rol in een initiatief")
    public record DeelnameWeergave(String gebruiker,
            @Schema(allowableValues = { "initiatiefnemer", "deelnemer", "ondernemer", "maatschappelijke_organisatie",
                    "procesbegeleider", "projectleider", "bestuurder" }) String rol,
            String toegevoegdDoor, String toegevoegdOp) {
        static DeelnameWeergave of(Deelname d) {
            return new DeelnameWeergave(d.gebruiker(), naam(d.rol()), d.toegevoegdDoor(), d.toegevoegdOp().toString());
        }
    }

    @Schema(description = "De deelnemers aan een initiatief")
    public record Deelnames(List<DeelnameWeergave> deelnemers) {
    }
}
