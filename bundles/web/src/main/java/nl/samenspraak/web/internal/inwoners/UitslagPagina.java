package nl.samenspraak.web.internal.inwoners;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.Explanation;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.pabulib.PabulibReader;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.wijkbudget.UitslagService;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.api.wijkbudget.Uitslag;
import nl.samenspraak.api.wijkbudget.RondeService;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.web.pagina.Antwoord;
import nl.samenspraak.web.pagina.Pagina;
import nl.samenspraak.web.pagina.PaginaFout;
import nl.samenspraak.web.pagina.Verzoek;

/**
 * {@code /gemeenten/{gemeente}/wijkbudgetten/{ronde}/uitslag}: which plans won and what each cost, explained in
 * plain Dutch. For the Method of Equal Shares: how each winning plan's cost was shared among its voters (from
 * the steps of the gemeente's own process, run again on the public Pabulib export: anyone can recount it), and
 * for each popular plan that lost, why. Links the Pabulib file.
 */
@Component(property = Pagina.PAD + "=/gemeenten/{gemeente}/wijkbudgetten/{ronde}/uitslag")
public class UitslagPagina implements Pagina {

    private static final Logger LOG = LoggerFactory.getLogger(UitslagPagina.class);

    @Reference
    private RondeService rondes;

    @Reference
    private UitslagService uitslagen;

    @Reference
    private RegelsRegister regels;

    /** A plan on the results page: what it cost, how many chose it, and the words that explain its fate. */
    public record Regel(Plan plan, long stemmen, boolean gekozen, List<String> uitleg) {
    }

    @Override
    public Antwoord get(Verzoek verzoek) {
        Gemeente gemeente = verzoek.gemeenteVereist();
        Ronde ronde = rondes.get(gemeente.code(), verzoek.pad("ronde"));
        Uitslag uitslag = ronde.uitslag().orElseThrow(() -> new PaginaFout(404, "Nog geen uitslag",
                "De uitslag van " + ronde.titel() + " is nog niet bekend.", "Kijk later nog eens op deze pagina."));
        Map<String, Plan> plannen = rondes.plannen(gemeente.code(), ronde.id()).stream()
                .collect(Collectors.toMap(Plan::id, Function.identity()));
        Instance telling;
        try {
            telling = PabulibReader.parse(uitslagen.alsPabulib(gemeente.code(), ronde.id()));
        } catch (Exception e) {
            LOG.warn("The Pabulib export of round {} of {} could not be read back: {}", ronde.id(), gemeente.code(), e.toString());
            throw new IllegalStateException(e);
        }
        Map<String, Long> stemmen = new HashMap<>();
        for (Ballot ballot : telling.ballots()) {
            ballot.projectIds().forEach(id -> stemmen.merge(id, 1L, Long::sum));
        }
        boolean gelijkeDelen = ronde.proces().contains("mes");
        Map<String, Explanation.Step> stappen = gelijkeDelen ? stappen(ronde, telling) : Map.of();
        int kiezers = telling.ballots().size();
        Bedrag deel = kiezers == 0 ? Bedrag.NUL : Bedrag.centen(ronde.bedrag().centen() / kiezers);

        List<Regel> winnaars = new ArrayList<>();
        for (String id : uitslag.gekozen()) {
            Plan plan = plannen.get(id);
            if (plan != null) {
                winnaars.add(new Regel(plan, stemmen.getOrDefault(id, 0L), true,
                        gelijkeDelen ? kostendeling(plan, stappen.get(id)) : List.of()));
            }
        }
        long minsteStemmenWinnaar = winnaars.stream().mapToLong(Regel::stemmen).min().orElse(Long.MAX_VALUE);
        Set<String> gekozen = Set.copyOf(uitslag.gekozen());
        List<Regel> verliezers = new ArrayList<>();
        plannen.values().stream().filter(p -> !gekozen.contains(p.id()) && stemmen.containsKey(p.id()))
                .sorted(Comparator.comparing((Plan p) -> stemmen.get(p.id())).reversed())
                .forEach(p -> verliezers.add(new Regel(p, stemmen.get(p.id()), false,
                        waaromNiet(p, stemmen.get(p.id()), minsteStemmenWinnaar, uitslag, gelijkeDelen, telling, gekozen))));
        return Inwoners.pagina("uitslag.ftlh", "Uitslag " + ronde.titel()).met("ronde", ronde).met("uitslag", uitslag)
                .met("winnaars", winnaars).met("verliezers", verliezers).met("kiezers", kiezers).met("deel", deel)
                .met("gelijkeDelen", gelijkeDelen).met("loting", ronde.proces().contains("loting"))
                .met("pabulib", "/api/v1/gemeenten/" + gemeente.code() + "/wijkbudgetten/" + ronde.id() + "/pabulib");
    }

    /** The steps of the gemeente's own process, run again on the export, by plan; empty if its rules are gone. */
    private Map<String, Explanation.Step> stappen(Ronde ronde, Instance telling) {
        return regels.toewijzingsproces(ronde.gemeente(), ronde.proces(), ronde.peildatum()).map(geldend -> {
            Map<String, Explanation.Step> perPlan = new HashMap<>();
            for (Explanation.Step stap : geldend.regels().wijsToe(telling).uitleg().steps()) {
                if (stap.kind() == Explanation.StepKind.SELECTED && stap.projectId() != null) {
                    perPlan.putIfAbsent(stap.projectId(), stap);
                }
            }
            return perPlan;
        }).orElse(Map.of());
    }

    private static List<String> kostendeling(Plan plan, Explanation.Step stap) {
        if (stap == null) {
            return List.of();
        }
        Optional<Long> volledig = getal(stap.details().get("fullPayers"));
        Optional<Long> alles = getal(stap.details().get("cappedPayers"));
        if (volledig.isEmpty()) {
            return List.of("Dit plan kostte niets extra of werd aan het eind gekozen, omdat er nog genoeg geld over was.");
        }
        List<String> uitleg = new ArrayList<>();
        long betalers = volledig.get() + alles.orElse(0L);
        if (alles.orElse(0L) == 0 && volledig.get() > 0) {
            BigDecimal perPersoon = BigDecimal.valueOf(plan.teBegroten().centen())
                    .divide(BigDecimal.valueOf(volledig.get() * 100), 2, RoundingMode.HALF_UP);
            uitleg.add("De kosten werden gedeeld door " + volledig.get() + " stemmers van dit plan: ieder betaalde ongeveer € "
                    + perPersoon.toPlainString().replace('.', ',') + " uit zijn of haar deel van het budget.");
        } else {
            uitleg.add("De kosten werden gedeeld door " + betalers + " stemmers van dit plan: " + volledig.get()
                    + " betaalden ieder een even groot deel, " + alles.orElse(0L)
                    + " hadden minder over en betaalden alles wat ze nog hadden.");
        }
        return uitleg;
    }

    private static List<String> waaromNiet(Plan plan, long stemmen, long minsteStemmenWinnaar, Uitslag uitslag,
            boolean gelijkeDelen, Instance telling, Set<String> gekozen) {
        List<String> uitleg = new ArrayList<>();
        if (plan.teBegroten().groterDan(uitslag.resterend())) {
            uitleg.add("Na de gekozen plannen was er nog " + euro(uitslag.resterend()) + " over. Dit plan kost "
                    + euro(plan.teBegroten()) + ": dat past niet meer.");
        }
        if (gelijkeDelen && stemmen > minsteStemmenWinnaar) {
            long ookWinnaar = telling.ballots().stream().filter(b -> b.projectIds().contains(plan.id()))
                    .filter(b -> b.projectIds().stream().anyMatch(gekozen::contains)).count();
            uitleg.add("Dit plan kreeg meer stemmen dan een plan dat wel won. Bij de Methode van Gelijke Delen moeten de "
                    + "stemmers van een plan het samen kunnen betalen uit hun eigen deel van het budget. " + ookWinnaar
                    + " van de " + stemmen + " stemmers van dit plan hadden ook gekozen voor een plan dat won, en hadden "
                    + "hun deel daar al (gedeeltelijk) aan uitgegeven. Wat zij samen nog over hadden, was niet genoeg.");
        }
        if (uitleg.isEmpty()) {
            uitleg.add("Dit plan kreeg minder steun dan de gekozen plannen.");
        }
        return uitleg;
    }

    private static Optional<Long> getal(String tekst) {
        try {
            return tekst == null ? Optional.empty() : Optional.of(Long.parseLong(tekst));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String euro(Bedrag bedrag) {
        return new nl.samenspraak.web.internal.Opmaak().euro(bedrag);
    }
}
