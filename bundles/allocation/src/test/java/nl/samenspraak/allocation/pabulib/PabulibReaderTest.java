package nl.samenspraak.allocation.pabulib;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Assume;
import org.junit.Test;

import nl.samenspraak.allocation.Ballot;
import nl.samenspraak.allocation.ExpectedRows;
import nl.samenspraak.allocation.Instance;
import nl.samenspraak.allocation.Project;
import nl.samenspraak.allocation.VoteType;

public class PabulibReaderTest {

    private static final String TRICKY = "\uFEFFMETA\r\n"
            + "key;value\r\n"
            + "description;\"Wijkbudget; \"\"Oost\"\"\"\r\n"
            + "num_projects;3\r\n"
            + "budget;1331751,11\r\n"
            + "vote_type;approval\r\n"
            + "PROJECTS\r\n"
            + "project_id;cost;name;category\r\n"
            + "P-1;1000000.11;\"Park; bankjes en \"\"groen\"\"\";none\r\n"
            + "10;331751;Speeltuin \"De Bult\";sport\r\n"
            + "9;0;Gratis;\r\n"
            + "\r\n"
            + "VOTES\r\n"
            + "voter_id;vote;age\r\n"
            + "a;P-1,10;34\r\n"
            + "b;;none\r\n"
            + "c;9\r\n";

    private static Instance parse(String text) throws PabulibFormatException {
        return PabulibReader.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void readsQuotingCrlfBomDecimalsAndNone() throws Exception {
        Instance instance = parse(TRICKY);
        assertEquals(VoteType.APPROVAL, instance.voteType());
        assertEquals(new BigDecimal("1331751.11"), instance.budget());
        assertEquals("Wijkbudget; \"Oost\"", instance.meta().get("description"));
        Project park = instance.projects().get(0);
        assertEquals("P-1", park.id());
        assertEquals(new BigDecimal("1000000.11"), park.cost());
        assertEquals("Park; bankjes en \"groen\"", park.name());
        assertNull(park.attributes().get("category"));
        assertEquals("Speeltuin \"De Bult\"", instance.projects().get(1).name());
        assertEquals(List.of("P-1", "10"), instance.ballots().get(0).projectIds());
        assertEquals("34", instance.ballots().get(0).attributes().get("age"));
        assertEquals(List.of(), instance.ballots().get(1).projectIds());
        assertTrue(instance.ballots().get(1).attributes().isEmpty());
    }

    @Test
    public void writingThenReadingGivesTheSameInstance() throws Exception {
        Instance instance = parse(TRICKY);
        assertEquals(instance, parse(PabulibWriter.toPabulib(instance)));
    }

    @Test
    public void roundTripsCumulativeAndOrdinalFiles() throws Exception {
        String cumulative = "META\nkey;value\nbudget;100\nvote_type;cumulative\nPROJECTS\nproject_id;cost\n"
                + "a;60\nb;40.50\nVOTES\nvoter_id;vote;points\n1;a,b;3,2\n2;b;5\n3;;\n";
        Instance instance = parse(cumulative);
        assertEquals(List.of(new BigDecimal("3"), new BigDecimal("2")), instance.ballots().get(0).points());
        assertEquals(instance, parse(PabulibWriter.toPabulib(instance)));
        String ordinal = "META\nkey;value\nbudget;100\nvote_type;ordinal\nPROJECTS\nproject_id;cost\n"
                + "a;60\nb;40\nVOTES\nvoter_id;vote\n1;b,a\n";
        Instance ranked = parse(ordinal);
        assertEquals(List.of("b", "a"), ranked.ballots().get(0).projectIds());
        assertEquals(ranked, parse(PabulibWriter.toPabulib(ranked)));
    }

    @Test
    public void choose1IsAnApprovalBallotOfOne() throws Exception {
        Instance instance = parse("META\nkey;value\nbudget;10\nvote_type;choose-1\nPROJECTS\nproject_id;cost\n"
                + "a;5\nVOTES\nvoter_id;vote\n1;a\n");
        assertEquals(VoteType.CHOOSE_1, instance.voteType());
        assertTrue(instance.voteType().isApproval());
        assertMalformed("META\nkey;value\nbudget;10\nvote_type;choose-1\nPROJECTS\nproject_id;cost\n"
                + "a;5\nb;5\nVOTES\nvoter_id;vote\n1;a,b\n", 11, "choose-1");
    }

    @Test
    public void anApprovalBallotNamingAProjectTwiceIsASet() throws Exception {
        PabulibFile read = PabulibReader.parseFile("META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\n"
                + "project_id;cost\na;5\nb;5\nVOTES\nvoter_id;vote\n1;a,b,a\n2;b\n3;b,b,b\n");
        assertEquals(2, read.ballotsWithRepeats());
        assertEquals(List.of("a", "b"), read.instance().ballots().get(0).projectIds());
        assertEquals(List.of("b"), read.instance().ballots().get(2).projectIds());
    }

    @Test
    public void onACumulativeBallotTheLastPointsForAProjectStand() throws Exception {
        PabulibFile read = PabulibReader.parseFile("META\nkey;value\nbudget;10\nvote_type;cumulative\n"
                + "PROJECTS\nproject_id;cost\na;5\nb;5\nVOTES\nvoter_id;vote;points\n1;a,b,a;3,1,2\n2;a;4\n");
        assertEquals(1, read.ballotsWithRepeats());
        Ballot first = read.instance().ballots().get(0);
        assertEquals(List.of("a", "b"), first.projectIds());
        assertEquals(List.of(new BigDecimal("2"), new BigDecimal("1")), first.points());
    }

    @Test
    public void anOrdinalBallotKeepsAProjectAtItsFirstPosition() throws Exception {
        PabulibFile read = PabulibReader.parseFile("META\nkey;value\nbudget;10\nvote_type;ordinal\nPROJECTS\n"
                + "project_id;cost\na;5\nb;5\nc;5\nVOTES\nvoter_id;vote\n1;b,a,b,c\n");
        assertEquals(1, read.ballotsWithRepeats());
        assertEquals(List.of("b", "a", "c"), read.instance().ballots().get(0).projectIds());
    }

    @Test
    public void aChoose1BallotNamingItsProjectTwiceChoseOne() throws Exception {
        PabulibFile read = PabulibReader.parseFile("META\nkey;value\nbudget;10\nvote_type;choose-1\nPROJECTS\n"
                + "project_id;cost\na;5\nVOTES\nvoter_id;vote\n1;a,a\n");
        assertEquals(1, read.ballotsWithRepeats());
        assertEquals(List.of("a"), read.instance().ballots().get(0).projectIds());
        assertEquals(0, PabulibReader.parseFile(TRICKY).ballotsWithRepeats());
    }

    @Test
    public void malformedFilesNameTheLine() {
        String head = "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\na;5\n";
        assertMalformed(head + "VOTES\nvoter_id;vote\n1;a\n2;zz\n", 11, "unknown project 'zz'");
        assertMalformed(head + "b;five\n", 8, "not a number");
        assertMalformed(head + "a;6\n", 8, "appears twice");
        assertMalformed(head + "b;-1\n", 8, "negative cost");
        assertMalformed(head + "b;1;\"never closed\n", 8, "never closed");
        assertMalformed(head + "VOTES\nvoter_id;vote\n1;a;extra\n", 10, "cells");
        assertMalformed("META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\na;5\n", 0, "no budget");
        assertMalformed("META\nkey;value\nbudget;10\nvote_type;plurality\n", 0, "unknown vote_type");
        assertMalformed("hello\n", 1, "expected META");
        assertMalformed("META\nkey;value\nbudget;10\nvote_type;cumulative\nPROJECTS\nproject_id;cost\na;5\n"
                + "VOTES\nvoter_id;vote;points\n1;a;1,2\n", 10, "points");
    }

    @Test
    public void aFaultInTheSectionsLayoutComesFirstWhereverItIs() {
        String head = "META\nkey;value\nbudget;10\nvote_type;approval\nPROJECTS\nproject_id;cost\na;5\n";
        // VOTES is read in the pass that finds the sections; a layout fault after a bad ballot still wins
        assertMalformed(head + "VOTES\nvoter_id;vote\n1;zz\n2;a\nMETA\nkey;value\n", 12, "section META appears twice");
        assertMalformed(head + "VOTES\nvoter_id;vote\n1;zz\n2;\"a\n", 11, "never closed");
        // and a fault in META or PROJECTS comes before one in VOTES
        assertMalformed("META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\na;5\nVOTES\nvoter_id;vote\n"
                + "1;zz\n", 0, "no budget");
        assertMalformed(head + "b;-1\nVOTES\nvoter_id;vote\n1;zz\n", 8, "negative cost");
        assertMalformed(head + "b;-1\nVOTES\nvoter_id;vote\n1;zz\nVOTES\n", 12, "section VOTES appears twice");
        // VOTES before the sections it needs is read once they are known
        assertMalformed("VOTES\nvoter_id;vote\n1;zz\n" + head, 3, "unknown project 'zz'");
        assertMalformed("VOTES\nvoter_id;vote\n1;zz\n" + head + "b;-1\n", 8 + 3, "negative cost");
    }

    @Test
    public void rejectsInvalidUtf8WithTheLine() {
        byte[] bytes = "META\nkey;value\nbudget;10\n\u00e9".getBytes(StandardCharsets.ISO_8859_1);
        try {
            PabulibReader.parse(bytes);
            fail("expected a format error");
        } catch (PabulibFormatException expected) {
            assertEquals(4, expected.line());
        }
    }

    @Test
    public void everySharedFileRoundTrips() throws Exception {
        Path folder = ExpectedRows.pabulibFolder();
        Assume.assumeTrue("shared pabulib folder absent (-D" + ExpectedRows.SHARED_PROPERTY + ")", folder != null);
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".pb")).sorted().collect(Collectors.toList());
        }
        assertEquals(97, files.size());
        for (Path file : files) {
            Instance instance = PabulibReader.read(file);
            assertEquals(file.getFileName().toString(), instance, parse(PabulibWriter.toPabulib(instance)));
        }
    }

    private static void assertMalformed(String text, int line, String messagePart) {
        try {
            parse(text);
            fail("expected a format error for:\n" + text);
        } catch (PabulibFormatException expected) {
            assertEquals(expected.getMessage(), line, expected.line());
            assertTrue(expected.getMessage(), expected.getMessage().contains(messagePart));
        }
    }
}
