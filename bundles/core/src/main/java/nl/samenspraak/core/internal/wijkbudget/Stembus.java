package nl.samenspraak.core.internal.wijkbudget;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.api.opslag.WijkbudgetStore;
import nl.samenspraak.api.tijd.Kalender;
import nl.samenspraak.api.validatie.OngeldigeInvoerException;
import nl.samenspraak.api.wijkbudget.Fase;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Stem;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException;
import nl.samenspraak.api.wijkbudget.StemGeweigerdException.Waarom;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Rondeopzet.Stembiljet.Wijze;

/**
 * Where ballots go in, digital and paper alike. The ballot paper of a round in the voting phase (its plans
 * and costs) is kept in memory, and ballots that arrive together are stored together ({@link Stemrij}); every
 * phase change drops the paper ({@link #vergeet}), and the store checks the phase again in the ballots' transaction.
 */
@Component(service = Stembus.class, configurationPid = "nl.samenspraak.stembus")
@Designate(ocd = Stembus.Config.class)
public class Stembus {

    @ObjectClassDefinition(name = "Samenspraak stembus", description = "Hoe stemmen worden opgeslagen")
    @interface Config {
        @AttributeDefinition(description = "Hoeveel groepen stemmen tegelijk worden opgeslagen (elk in een eigen transactie). "
                + "Bij meer dan één wordt een groep gecontroleerd en ingevoegd terwijl de vorige op de schijf wacht.")
        int schrijvers() default 1;
    }

    private static final Pattern SCHEIDINGSTEKENS = Pattern.compile("[\\s-]");

    private final WijkbudgetStore store;
    private final Stemgeheim geheim;
    private final Kalender kalender;
    private final Rondeopvraag rondes;
    private final Stemrij rij;

    /** By round id: the ballot paper of rounds in the voting phase. */
    private final Map<String, Stembiljetpapier> papier = new ConcurrentHashMap<>();

    @Activate
    public Stembus(@Reference WijkbudgetStore store, @Reference GemeenteRegistry gemeenten, @Reference Stemgeheim geheim,
            @Reference Kalender kalender, Config config) {
        this.store = store;
        this.geheim = geheim;
        this.kalender = kalender;
        this.rondes = new Rondeopvraag(store, gemeenten);
        this.rij = new Stemrij(store, "samenspraak-stembus", config.schrijvers());
    }

    @Deactivate
    void deactivate() {
        rij.stop();
    }

    /** A round's ballot paper: the plans on it as the allocation engine sees them, their ids, and the ballot kind. */
    record Stembiljetpapier(Ronde ronde, Instance leeg, Set<String> plannen) {

        Stembiljetpapier(Ronde ronde, Instance leeg) {
            this(ronde, leeg, leeg.projects().stream().map(Project::id).collect(Collectors.toUnmodifiableSet()));
        }
    }

    /** Checks the ballot against the round's ballot paper and stores it under the code's voter key. */
    Stem stem(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten,
            boolean opPapier) {
        return rij.stem(gemeente, rondeId, stemVan(gemeente, rondeId, stemcode, plannen, punten, opPapier));
    }

    /**
     * Refuses the ballot as {@link #stem} would, storing nothing.
     *
     * @return the ballot that {@link #stem} would store, with its voter key
     */
    Stem proef(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten,
            boolean opPapier) {
        Stem stem = stemVan(gemeente, rondeId, stemcode, plannen, punten, opPapier);
        store.controleerStem(gemeente, rondeId, stem.stemmer());
        return stem;
    }

    private Stem stemVan(String gemeente, String rondeId, String stemcode, List<String> plannen, Map<String, Integer> punten,
            boolean opPapier) {
        if (stemcode == null || stemcode.isBlank()) {
            throw new OngeldigeInvoerException("stemcode", "verplicht");
        }
        Stembiljetpapier biljet = stembiljet(gemeente, rondeId);
        List<String> gekozen = plannen == null ? List.of() : plannen;
        Map<String, Integer> verdeeld = punten == null ? Map.of() : punten;
        controleer(biljet, gekozen, verdeeld);
        List<String> volgorde = biljet.ronde().opzet().stembiljet().wijze() == Wijze.PUNTEN_VERDELEN
                ? List.copyOf(verdeeld.keySet()) : gekozen;
        return new Stem(kiezerSleutel(gemeente, rondeId, stemcode), volgorde, verdeeld, opPapier, kalender.nu());
    }

    /** The round's phase changes: its ballot paper is read again when next needed. */
    void vergeet(String rondeId) {
        papier.remove(rondeId);
    }

    /** The pseudonymous voter key: what the pass, the ballot and the Pabulib export know the voter by. */
    String kiezerSleutel(String gemeente, String rondeId, String code) {
        return geheim.hash(gemeente, rondeId, "pas", normaliseer(code));
    }

    private static String normaliseer(String code) {
        return SCHEIDINGSTEKENS.matcher(code).replaceAll("").toUpperCase();
    }

    private Stembiljetpapier stembiljet(String gemeente, String rondeId) {
        Stembiljetpapier biljet = papier.get(rondeId);
        if (biljet != null && biljet.ronde().gemeente().equals(gemeente)) {
            return biljet;
        }
        Ronde ronde = rondes.get(gemeente, rondeId);
        if (ronde.fase() != Fase.STEMMEN) {
            throw new StemGeweigerdException(Waarom.BUITEN_DE_STEMPERIODE,
                    "Er kan alleen worden gestemd in de fase stemmen; de ronde is in fase " + ronde.fase().naam());
        }
        biljet = new Stembiljetpapier(ronde, Telling.instance(ronde, Telling.opStembiljet(ronde, store.plannen(gemeente, rondeId)),
                List.of()));
        papier.put(rondeId, biljet);
        return biljet;
    }

    static void controleer(Stembiljetpapier biljet, List<String> plannen, Map<String, Integer> punten) {
        Rondeopzet.Stembiljet soort = biljet.ronde().opzet().stembiljet();
        Instance leeg = biljet.leeg();
        boolean metPunten = soort.wijze() == Wijze.PUNTEN_VERDELEN;
        List<String> genoemd = metPunten ? List.copyOf(punten.keySet()) : plannen;
        String fout = null;
        if (metPunten && !plannen.isEmpty() || !metPunten && !punten.isEmpty()) {
            fout = metPunten ? "Dit stembiljet verdeelt punten: geef punten per plan, geen lijst van plannen"
                    : "Dit stembiljet kiest plannen: geef een lijst van plannen, geen punten";
        } else if (new HashSet<>(genoemd).size() != genoemd.size()) {
            fout = "Een plan staat twee keer op het stembiljet";
        } else if (!biljet.plannen().containsAll(genoemd)) {
            fout = "Onbekend plan of plan dat niet op het stembiljet staat: "
                    + genoemd.stream().filter(id -> !biljet.plannen().contains(id)).toList();
        } else if (metPunten && punten.values().stream().anyMatch(p -> p == null || p < 0)) {
            fout = "Punten zijn 0 of meer";
        } else {
            Ballot ballot = metPunten
                    ? new Ballot("controle", genoemd, genoemd.stream().map(id -> BigDecimal.valueOf(punten.get(id))).toList(), Map.of())
                    : new Ballot("controle", genoemd, List.of(), Map.of());
            if (!soort.staatToe(ballot, leeg)) {
                fout = switch (soort.wijze()) {
                    case GOEDKEURING_MAX_PLANNEN -> "Kies ten hoogste " + soort.maximum() + " plan(nen)";
                    case GOEDKEURING_BINNEN_BUDGET -> "De gekozen plannen kosten samen meer dan het budget van " + leeg.budget();
                    case PUNTEN_VERDELEN -> "Verdeel ten hoogste " + soort.maximum() + " punten";
                    case GOEDKEURING -> "Dit stembiljet is ongeldig";
                };
            }
        }
        if (fout != null) {
            throw new StemGeweigerdException(Waarom.ONGELDIG_STEMBILJET, fout + " (" + biljet.ronde().opzet().grondslag().artikel() + ")");
        }
    }
}
