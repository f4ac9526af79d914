package nl.samenspraak.web.internal.inwoners;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.wijkbudget.Plan;
import nl.samenspraak.api.wijkbudget.Ronde;
import nl.samenspraak.rules.Rondeopzet.Stembiljet.Wijze;
import nl.samenspraak.web.pagina.Formulier;

/**
 * A ballot as the voting form holds it, recalculated on the server at every step: which plans are chosen (or
 * how many points each has), what they cost together, what is left of the round's budget, and what is wrong
 * with it. The service checks the same limits again when the ballot is cast.
 */
public final class Stembiljet {

    private final Ronde ronde;
    private final List<Plan> opStembiljet;
    private final List<String> gekozen = new ArrayList<>();
    private final Map<String, Integer> punten = new LinkedHashMap<>();
    private Bedrag totaal = Bedrag.NUL;

    Stembiljet(Ronde ronde, List<Plan> plannen, Formulier formulier) {
        this.ronde = ronde;
        this.opStembiljet = plannen.stream().filter(p -> p.opStembiljet(ronde.opzet().ondersteunersPerPlan(),
                ronde.opzet().haalbaarheidstoets())).toList();
        for (Plan plan : opStembiljet) {
            if (isPuntenVerdelen()) {
                String waarde = formulier.waarde("punten-" + plan.id());
                if (!waarde.isEmpty()) {
                    try {
                        int aantal = Integer.parseInt(waarde);
                        if (aantal < 0) {
                            throw new NumberFormatException();
                        }
                        if (aantal > 0) {
                            punten.put(plan.id(), aantal);
                            gekozen.add(plan.id());
                        }
                    } catch (NumberFormatException e) {
                        formulier.fout("punten-" + plan.id(), "Vul bij " + plan.titel() + " een heel getal in, 0 of meer");
                    }
                }
            } else if (formulier.gekozen("plannen", plan.id())) {
                gekozen.add(plan.id());
                totaal = totaal.plus(plan.teBegroten());
            }
        }
    }

    /** Adds the errors a ballot must not have before it can be reviewed and cast. */
    void controleer(Formulier formulier) {
        formulier.verplicht("stemcode", "Vul de stemcode in die u per post hebt gekregen");
        String eerste = opStembiljet.isEmpty() ? "stemcode" : isPuntenVerdelen() ? "punten-" + opStembiljet.get(0).id() : "plannen";
        if (gekozen.isEmpty()) {
            formulier.fout(eerste, isPuntenVerdelen() ? "Geef minstens één plan punten" : "Kies minstens één plan");
        }
        Wijze wijze = ronde.opzet().stembiljet().wijze();
        int maximum = ronde.opzet().stembiljet().maximum();
        if (wijze == Wijze.GOEDKEURING_BINNEN_BUDGET && isOverBudget()) {
            formulier.fout(eerste, "Uw plannen kosten samen meer dan het budget. Haal een of meer plannen weg");
        }
        if (wijze == Wijze.GOEDKEURING_MAX_PLANNEN && gekozen.size() > maximum) {
            formulier.fout(eerste, "U mag hoogstens " + maximum + (maximum == 1 ? " plan" : " plannen") + " kiezen");
        }
        if (isPuntenVerdelen() && puntenGebruikt() > maximum) {
            formulier.fout(eerste, "U mag hoogstens " + maximum + " punten verdelen; u gaf er " + puntenGebruikt());
        }
    }

    public boolean isPuntenVerdelen() {
        return ronde.opzet().stembiljet().wijze() == Wijze.PUNTEN_VERDELEN;
    }

    public List<Plan> getPlannen() {
        return opStembiljet;
    }

    public List<String> getGekozen() {
        return gekozen;
    }

    public List<Plan> getGekozenPlannen() {
        return opStembiljet.stream().filter(p -> gekozen.contains(p.id())).toList();
    }

    public Map<String, Integer> getPunten() {
        return punten;
    }

    public int puntenGebruikt() {
        return punten.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Bedrag getTotaal() {
        return totaal;
    }

    public Bedrag getBudget() {
        return ronde.bedrag();
    }

    public boolean isOverBudget() {
        return totaal.groterDan(ronde.bedrag());
    }

    /** What is left of the budget; empty when the choice is over budget. */
    public Optional<Bedrag> getOver() {
        return isOverBudget() ? Optional.empty() : Optional.of(ronde.bedrag().min(totaal));
    }

    public Bedrag getTeveel() {
        return isOverBudget() ? totaal.min(ronde.bedrag()) : Bedrag.NUL;
    }

    public String getWijze() {
        return ronde.opzet().stembiljet().wijze().name();
    }

    public int getMaximum() {
        return ronde.opzet().stembiljet().maximum();
    }
}
