package nl.samenspraak.api.budget;

import static nl.samenspraak.api.budget.BoekingSoort.RESERVERING;
import static nl.samenspraak.api.budget.BoekingSoort.TOEKENNING;
import static nl.samenspraak.api.budget.BoekingSoort.UITBETALING;
import static nl.samenspraak.api.budget.BoekingSoort.VRIJVAL;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Random;

import org.junit.Test;

public class SaldoTest {

    private static Bedrag eur(String tekst) {
        return Bedrag.parse(tekst);
    }

    @Test
    public void derivesTheFiguresFromTheEntries() {
        Saldo saldo = Saldo.leeg(eur("50000"))
                .na(RESERVERING, eur("1500"))
                .na(TOEKENNING, eur("5000"))
                .na(UITBETALING, eur("2000"))
                .na(VRIJVAL, eur("1500"));
        assertEquals(eur("1500"), saldo.gereserveerd());
        assertEquals(eur("5000"), saldo.toegekend());
        assertEquals(eur("2000"), saldo.uitbetaald());
        assertEquals(eur("1500"), saldo.vrijgevallen());
        assertEquals(eur("45000"), saldo.beschikbaar()); // 50000 - 1500 - 5000 + 1500
        assertEquals(eur("3000"), saldo.openstaand()); // 1500 + 5000 - 2000 - 1500
        assertEquals(eur("3000"), saldo.uitbetaalbaar());
    }

    @Test
    public void paymentDoesNotChangeWhatIsAvailable() {
        Saldo toegekend = Saldo.leeg(eur("1000")).na(TOEKENNING, eur("400"));
        Saldo betaald = toegekend.na(UITBETALING, eur("400"));
        assertEquals(toegekend.beschikbaar(), betaald.beschikbaar());
        assertEquals(Bedrag.NUL, betaald.openstaand());
    }

    @Test
    public void refusesAGrantBeyondTheCeilingAndSaysWhatRemains() {
        Saldo saldo = Saldo.leeg(eur("1000")).na(TOEKENNING, eur("999.99"));
        PlafondOverschredenException e = assertThrows(PlafondOverschredenException.class,
                () -> saldo.na(TOEKENNING, eur("0.02")));
        assertEquals(eur("0.01"), e.beschikbaar());
        assertTrue(e.getMessage(), e.getMessage().contains("0.01"));
        assertThrows(PlafondOverschredenException.class, () -> saldo.na(RESERVERING, eur("0.02")));
        assertEquals(Bedrag.NUL, saldo.na(TOEKENNING, eur("0.01")).beschikbaar()); // exactly to zero is fine
    }

    @Test
    public void refusesPayingMoreThanGrantedOrPayingReleasedMoney() {
        Saldo saldo = Saldo.leeg(eur("1000")).na(RESERVERING, eur("500")).na(TOEKENNING, eur("100"));
        // a reservation is not a grant: only 100 can be paid
        BoekingGeweigerdException e = assertThrows(BoekingGeweigerdException.class,
                () -> saldo.na(UITBETALING, eur("100.01")));
        assertFalse(e instanceof PlafondOverschredenException);
        assertEquals(eur("100"), e.ruimte());
        // releasing everything committed leaves nothing to pay
        Saldo vrij = saldo.na(VRIJVAL, eur("600"));
        assertEquals(Bedrag.NUL, vrij.uitbetaalbaar());
        assertThrows(BoekingGeweigerdException.class, () -> vrij.na(UITBETALING, eur("0.01")));
    }

    @Test
    public void refusesReleasingMoreThanIsCommittedAndUnpaid() {
        Saldo saldo = Saldo.leeg(eur("1000")).na(TOEKENNING, eur("300")).na(UITBETALING, eur("200"));
        assertEquals(eur("100"), assertThrows(BoekingGeweigerdException.class,
                () -> saldo.na(VRIJVAL, eur("100.01"))).ruimte());
        assertEquals(eur("800"), saldo.na(VRIJVAL, eur("100")).beschikbaar());
        assertThrows(BoekingGeweigerdException.class, () -> Saldo.leeg(eur("1000")).na(VRIJVAL, eur("1")));
    }

    @Test
    public void refusesNonPositiveAmounts() {
        for (BoekingSoort soort : BoekingSoort.values()) {
            assertThrows(IllegalArgumentException.class, () -> Saldo.leeg(eur("10")).na(soort, Bedrag.NUL));
            assertThrows(IllegalArgumentException.class, () -> Saldo.leeg(eur("10")).na(soort, Bedrag.centen(-1)));
        }
    }

    /** Whatever is tried, in whatever order, the invariants hold after every accepted entry. */
    @Test
    public void invariantsHoldForAnySequenceOfAttempts() {
        Random random = new Random(20240518);
        for (int run = 0; run < 200; run++) {
            Saldo saldo = Saldo.leeg(Bedrag.centen(1 + random.nextInt(1_000_000)));
            for (int i = 0; i < 200; i++) {
                BoekingSoort soort = BoekingSoort.values()[random.nextInt(4)];
                Bedrag bedrag = Bedrag.centen(1 + random.nextInt(200_000));
                try {
                    saldo = saldo.na(soort, bedrag);
                } catch (BoekingGeweigerdException refused) {
                    assertTrue(bedrag.groterDan(refused.ruimte()));
                }
                assertFalse(saldo.beschikbaar().isNegatief());
                assertFalse(saldo.openstaand().isNegatief());
                assertFalse(saldo.uitbetaald().groterDan(saldo.toegekend()));
                assertEquals(saldo.plafond(), saldo.beschikbaar().plus(saldo.openstaand()).plus(saldo.uitbetaald()));
            }
        }
    }
}
