package nl.samenspraak.rules.testkit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import nl.samenspraak.rules.Uitdaagverzoek;
import nl.samenspraak.rules.Uitdaagverzoek.Onderbouwing;

/**
 * Builds an {@link Uitdaagverzoek} from defaults that meet the VNG model's conditions: received 3 March 2025,
 * taking over the upkeep of a green strip with its budget of EUR 12,000, 25 supporters, every
 * {@link Onderbouwing} shown.
 */
public final class UitdaagverzoekBouwer {

    private LocalDate ontvangenOp = AanvraagBouwer.STANDAARD_INGEDIEND_OP;
    private String taak = "onderhoud groenstrook";
    private boolean metBudget = true;
    private long centen = 1_200_000;
    private int ondersteuners = 25;
    private final EnumSet<Onderbouwing> onderbouwing = EnumSet.allOf(Onderbouwing.class);

    UitdaagverzoekBouwer() {
    }

    public static UitdaagverzoekBouwer van(Uitdaagverzoek verzoek) {
        UitdaagverzoekBouwer b = new UitdaagverzoekBouwer().ontvangenOp(verzoek.ontvangenOp()).taak(verzoek.taak())
                .ondersteuners(verzoek.ondersteuners());
        b.metBudget = verzoek.metBudget();
        b.centen = verzoek.gevraagdInCenten();
        b.onderbouwing.clear();
        b.onderbouwing.addAll(verzoek.onderbouwing());
        return b;
    }

    public UitdaagverzoekBouwer kopie() {
        return van(bouw());
    }

    public UitdaagverzoekBouwer ontvangenOp(LocalDate dag) {
        ontvangenOp = dag;
        return this;
    }

    public UitdaagverzoekBouwer taak(String omschrijving) {
        taak = omschrijving;
        return this;
    }

    public UitdaagverzoekBouwer budgetInCenten(long bedrag) {
        metBudget = true;
        centen = bedrag;
        return this;
    }

    public UitdaagverzoekBouwer zonderBudget() {
        metBudget = false;
        centen = 0;
        return this;
    }

    public UitdaagverzoekBouwer ondersteuners(int aantal) {
        ondersteuners = aantal;
        return this;
    }

    public UitdaagverzoekBouwer met(Onderbouwing... erbij) {
        onderbouwing.addAll(List.of(erbij));
        return this;
    }

    public UitdaagverzoekBouwer zonder(Onderbouwing... eraf) {
        List.of(eraf).forEach(onderbouwing::remove);
        return this;
    }

    public LocalDate ontvangenOp() {
        return ontvangenOp;
    }

    public Uitdaagverzoek bouw() {
        return new Uitdaagverzoek(ontvangenOp, taak, metBudget, centen, ondersteuners, onderbouwing);
    }
}
