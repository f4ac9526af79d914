package nl.samenspraak.allocation.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.Assume;
import org.junit.Test;

import nl.samenspraak.allocation.ExpectedRows;

/** bin/allocate reads a file straight into a profile; it must be the profile of the records the API reads. */
public class PabulibParserTest {

    private static void assertSameProfile(String what, byte[] bytes) throws Exception {
        PabulibParser.Parsed direct = PabulibParser.profile(bytes);
        PabulibParser.Parsed records = PabulibParser.records(bytes);
        Profile expected = Profile.of(records.instance());
        Profile actual = direct.profile();
        assertEquals(what, records.ballotsWithRepeats(), direct.ballotsWithRepeats());
        assertEquals(what, expected.meta, actual.meta);
        assertEquals(what, expected.budget, actual.budget);
        assertEquals(what, expected.voteType, actual.voteType);
        assertEquals(what, expected.projects, actual.projects);
        assertEquals(what, expected.ballotCount, actual.ballotCount);
        assertArrayEquals(what, expected.start, actual.start);
        assertArrayEquals(what, expected.project, actual.project);
        assertArrayEquals(what, expected.points, actual.points);
    }

    @Test
    public void repeatsQuotingAndPointsGiveTheProfileOfTheRecords() throws Exception {
        assertSameProfile("cumulative with repeats", ("\uFEFFMETA\r\nkey;value\r\nbudget;10\r\nvote_type;cumulative\r\n"
                + "PROJECTS\r\nproject_id;cost;name\r\na;5;\"A; \"\"x\"\"\"\r\nb;5;B\r\nVOTES\r\nvoter_id;vote;points;age\r\n"
                + "1;a,b,a;3,1,2;40\r\n\"2\";\" b \";4;none\r\n3;;;\r\n").getBytes(StandardCharsets.UTF_8));
        assertSameProfile("ordinal with repeats", ("META\nkey;value\nbudget;10\nvote_type;ordinal\nPROJECTS\n"
                + "project_id;cost\nä;5\nb;5\nc;5\nVOTES\nvoter_id;vote\n1;b,ä,b,c\n2; c , ä\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void votesBeforeTheProjectsReadAsInTheUsualOrder() throws Exception {
        String meta = "META\nkey;value\nbudget;10\nvote_type;cumulative\n";
        String projects = "PROJECTS\nproject_id;cost\na;5\nb;5\n";
        String votes = "VOTES\nvoter_id;vote;points\n1;a,b,a;3,1,2\n2;b;4\n\n3;;\n";
        Profile usual = PabulibParser.profile((meta + projects + votes).getBytes(StandardCharsets.UTF_8)).profile();
        for (String order : List.of(votes + meta + projects, meta + votes + projects, projects + votes + meta)) {
            byte[] bytes = order.getBytes(StandardCharsets.UTF_8);
            assertSameProfile(order, bytes);
            Profile other = PabulibParser.profile(bytes).profile();
            assertEquals(order, usual.ballotCount, other.ballotCount);
            assertArrayEquals(order, usual.start, other.start);
            assertArrayEquals(order, usual.project, other.project);
            assertArrayEquals(order, usual.points, other.points);
        }
    }

    @Test
    public void everySharedFileGivesTheProfileOfItsRecords() throws Exception {
        Path folder = ExpectedRows.pabulibFolder();
        Assume.assumeTrue("shared pabulib folder absent (-D" + ExpectedRows.SHARED_PROPERTY + ")", folder != null);
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".pb")).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            assertSameProfile(file.getFileName().toString(), Files.readAllBytes(file));
        }
    }
}
