package nl.samenspraak.gemeente.denhaag.internal;

import static nl.samenspraak.rules.testkit.Regelstoets.ronde;
import static nl.samenspraak.rules.testkit.Regelstoets.wijsToe;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import nl.samenspraak.allocation.VoteType;
import nl.samenspraak.rules.Rondeopzet;
import nl.samenspraak.rules.Rondeopzet.Besluitvorming;
import nl.samenspraak.rules.Rondeopzet.Stembiljet;
import nl.samenspraak.rules.testkit.Contract;
import nl.samenspraak.rules.testkit.Ronde;

public class HaagsWijkbudgetTest {

    private final JurySpoorwijk jury = new JurySpoorwijk();
    private final StemmingMariahoeve mariahoeve = new StemmingMariahoeve();
    private final WijkbudgetStemming stemming = new WijkbudgetStemming();

    @Test
    public void everyProcessKeepsTheContract() {
        Contract.toewijzingsproces(jury);
        Contract.toewijzingsproces(mariahoeve);
        Contract.toewijzingsproces(stemming);
    }

    @Test
    public void eachPilotWijkHasItsOwnProcess() {
        assertEquals(List.of("WK051838"), jury.wijken());
        assertEquals(List.of("WK051825"), mariahoeve.wijken());
        assertEquals(List.of("WK051836", "WK051818", "WK051890", "WK051891"), stemming.wijken());
    }

    @Test
    public void theRoundsAreSetUpAsEachWijkDesignedThem() {
        Rondeopzet spoorwijk = jury.rondeopzet().orElseThrow();
        assertEquals(Besluitvorming.JURY, spoorwijk.besluitvorming());
        assertEquals(12, spoorwijk.juryleden());
        Rondeopzet overige = stemming.rondeopzet().orElseThrow();
        assertEquals(new Rondeopzet(Besluitvorming.STEMMING, 0, 25, true, 18, true, Stembiljet.binnenBudget(),
                overige.grondslag()), overige);
        assertTrue(overige.grondslag().artikel().startsWith("art. 5 Spelregels wijkbudget Den Haag"));
        assertEquals(VoteType.CHOOSE_1, mariahoeve.rondeopzet().orElseThrow().stembiljet().voteType());
    }

    @Test
    public void theSpoorwijkJuryFundsPlansWithAMajorityOfItsTwelveMembers() {
        Ronde ronde = ronde(50_000).plan("buurttuin", 20_000).plan("speelplek", 25_000).plan("muurschildering", 10_000)
                .stemmen(7, "buurttuin", "muurschildering").stemmen(5, "speelplek", "muurschildering");
        // buurttuin 7 of 12, muurschildering 12 of 12, speelplek 5 of 12: no majority
        wijsToe(jury, ronde).kiest("buurttuin", "muurschildering").citeert("art. 3 Spelregels wijkbudget Den Haag")
                .toelichtingBevat("vallen af: speelplek");
        wijsToe(jury, ronde(50_000).plan("buurttuin", 20_000).stemmen(6, "buurttuin").stemmen(6)).kiestNiets();
    }

    @Test
    public void ballotsBeyondTheTwelfthMemberAreSetAside() {
        wijsToe(jury, ronde(50_000).plan("a", 10_000).plan("b", 10_000).stemmen(6, "a").stemmen(6, "b").stemmen(7, "a"))
                .kiestNiets().toelichtingBevat("7 stem(men) boven de twaalf juryleden");
    }

    @Test
    public void mariahoeveFundsTheIdeasWithMostVotesWithinTheBudget() {
        Ronde ronde = ronde(50_000).plan("bankjes", 30_000).plan("speeltoestel", 25_000).plan("bloembakken", 15_000)
                .stemmen(9, "bankjes").stemmen(8, "speeltoestel").stemmen(3, "bloembakken").stemmen(20, "speeltoestel", "bloembakken");
        // a ballot for two ideas does not count: speeltoestel has 8, bankjes 9, bloembakken 3
        wijsToe(mariahoeve, ronde).kiest("bankjes", "bloembakken").toelichtingBevat("20 stem(men) hielden zich niet")
                .citeert("art. 4 Spelregels wijkbudget Den Haag").citeert("art. 7");
    }

    @Test
    public void residentsDivideTheBudgetAndABallotOverTheBudgetDoesNotCount() {
        Ronde ronde = ronde(50_000).plan("moestuin", 30_000).plan("sportveld", 40_000).plan("lantaarns", 15_000)
                .stemmen(10, "moestuin", "lantaarns").stemmen(12, "sportveld").stemmen(30, "moestuin", "sportveld");
        wijsToe(stemming, ronde).kiest("sportveld").toelichtingBevat("30 stem(men)");
    }

    @Test
    public void noMoreThanFiftyThousandEuroPerWijk() {
        wijsToe(stemming, ronde(80_000).plan("a", 40_000).plan("b", 30_000).stemmen(5, "a").stemmen(4, "b"))
                .kiest("a").citeert("art. 2 Spelregels").toelichtingBevat("verdeeld wordt EUR 50.000");
    }
}
