package nl.samenspraak.gemeente.model.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.osgi.service.component.annotations.Component;

import nl.samenspraak.allocation.Explanation;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Toewijzingsproces;

/**
 * The model lottery: the feasible plans are drawn one by one in a random order, and each is funded if it
 * still fits what remains of the budget. The order is seeded by the round itself (SHA-256 of its id and its
 * plans' ids and costs), so anyone with the round's Pabulib export can draw again and get the same result;
 * nobody can choose the seed. Ballots play no part.
 */
@Component(service = Toewijzingsproces.class, property = { Regels.GEMEENTE + "=" + Regels.MODEL,
        Toewijzingsproces.PROCES + "=" + ModelLoting.PROCES })
public class ModelLoting extends ModelProces {

    static final String PROCES = "loting";



    static final Rondeopzet OPZET = new Rondeopzet(Rondeopzet.Besluitvorming.STEMMING, 0, 0, true, 16, true,
            Rondeopzet.Stembiljet.goedkeuring(), new Reden(ARTIKEL + "art. 4", "Bij loting worden de haalbare plannen in een "
                    + "door de ronde zelf bepaalde willekeurige volgorde getrokken; een plan krijgt geld als het nog in het budget past."));

    public ModelLoting() {
        super(PROCES, "Modelregeling wijkbudgetten (loting)", OPZET);
    }

    @Override
    public Toewijzing wijsToe(Instance ronde) {
        String zaad = zaad(ronde);
        List<Project> volgorde = new ArrayList<>(ronde.projects());
        volgorde.sort(Comparator.comparing(Project::id));
        java.util.Collections.shuffle(volgorde, new Random(Long.parseUnsignedLong(zaad.substring(0, 16), 16)));
        BigDecimal over = ronde.budget();
        List<String> gekozen = new ArrayList<>();
        List<Explanation.Step> stappen = new ArrayList<>();
        for (Project plan : volgorde) {
            boolean past = plan.cost().compareTo(over) <= 0;
            if (past) {
                gekozen.add(plan.id());
                over = over.subtract(plan.cost());
            }
            stappen.add(new Explanation.Step(past ? Explanation.StepKind.SELECTED : Explanation.StepKind.SKIPPED, plan.id(),
                    "Getrokken: " + plan.name() + " (" + plan.cost().toPlainString() + ")"
                            + (past ? "; past, nog over " + over.toPlainString() : "; past niet meer in " + over.toPlainString()),
                    Map.of()));
        }
        return new Toewijzing(gekozen, new Explanation("Loting met zaad " + zaad.substring(0, 16) + " (SHA-256 van de ronde en "
                + "haar plannen): " + gekozen.size() + " van " + volgorde.size() + " plannen getrokken binnen het budget.", stappen),
                List.of(OPZET.grondslag()));
    }

    /** Hex SHA-256 of the round's id and its plans in id order: fixed by the round, known to anyone who has it. */
    static String zaad(Instance ronde) {
        StringBuilder tekst = new StringBuilder(ronde.metaValue("instance").orElse(""));
        ronde.projects().stream().sorted(Comparator.comparing(Project::id))
                .forEach(p -> tekst.append('\n').append(p.id()).append(';').append(p.cost().stripTrailingZeros().toPlainString()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
