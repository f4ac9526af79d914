package nl.samenspraak.web.internal.inwoners;

import static org.junit.Assert.assertEquals;

import java.util.Set;

import org.junit.Test;

import nl.samenspraak.api.initiatief.Overheidsparticipatie.Bijdrage;

public class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    public void contributionsReadAsASentenceInAFixedOrder() {
        assertEquals("Geld", labels.bijdragen(Set.of(Bijdrage.GELD)));
        assertEquals("Geld en een plek", labels.bijdragen(Set.of(Bijdrage.PLEK, Bijdrage.GELD)));
        assertEquals("Advies, procesbegeleiding en materialen",
                labels.bijdragen(Set.of(Bijdrage.MATERIALEN, Bijdrage.ADVIES, Bijdrage.PROCESBEGELEIDING)));
        assertEquals("", labels.bijdragen(Set.of()));
    }
}
