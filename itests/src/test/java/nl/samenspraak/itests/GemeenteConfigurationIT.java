package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;

import nl.samenspraak.api.gemeente.GemeenteRecord;
import nl.samenspraak.api.opslag.GemeenteStore;

/**
 * A hosting provider adds, changes and removes gemeenten by dropping, editing and deleting files in
 * {@code etc/} while the platform runs.
 */
public class GemeenteConfigurationIT extends SamenspraakTestSupport {

    private static final Duration WITHIN = Duration.ofSeconds(10);

    @Inject
    private GemeenteStore store;

    @After
    public void removeTestFiles() throws IOException {
        for (String name : new String[] { "rotterdam", "fout", "zondernaam", "dubbel" }) {
            Files.deleteIfExists(cfg(name));
        }
        await("only the demo gemeenten are served", WITHIN,
                () -> json(get("/gemeenten")).get("gemeenten").size() == 2);
    }

    @Test
    public void addChangeAndRemoveAGemeenteAtRuntime() throws IOException {
        write("rotterdam", "code = GM0599\nnaam = Rotterdam\nwijk.WK059901 = Stadscentrum\n");
        await("GM0599 is served", WITHIN, () -> get("/gemeenten/GM0599").statusCode() == 200);
        assertEquals("Stadscentrum", json(get("/gemeenten/GM0599")).at("/wijken/0/naam").asText());

        edit("rotterdam", "code = GM0599\nnaam = Rotterdam\nwijk.WK059901 = Stadscentrum\nwijk.WK059903 = Delfshaven\n",
                "GM0599 has two wijken", () -> json(get("/gemeenten/GM0599")).get("wijken").size() == 2);

        delete("rotterdam", "GM0599 is gone", () -> get("/gemeenten/GM0599").statusCode() == 404);
        assertEquals(2, json(get("/gemeenten")).get("gemeenten").size());

        // the registry serves the change first and records it right after: wait for the record
        await("the removal is recorded, the data kept", WITHIN,
                () -> store.find("GM0599").map(r -> r.removedAt().isPresent()).orElse(false));
        GemeenteRecord kept = store.find("GM0599").orElseThrow();

        write("rotterdam", "code = GM0599\nnaam = Rotterdam\n");
        await("GM0599 is served again", WITHIN, () -> get("/gemeenten/GM0599").statusCode() == 200);
        await("the return is recorded", WITHIN,
                () -> store.find("GM0599").map(r -> r.removedAt().isEmpty()).orElse(false));
        assertEquals(kept.firstConfigured(), store.find("GM0599").orElseThrow().firstConfigured());
    }

    @Test
    public void invalidConfigurationIsRefusedAndLeavesOthersUntouched() throws IOException {
        String before = get("/gemeenten").body();
        write("fout", "code = GM99\nnaam = Fout\n");
        write("zondernaam", "code = GM0363\n");
        write("dubbel", "code = GM0518\nnaam = Dubbel Den Haag\n");
        // a valid file dropped after the invalid ones proves they have been processed
        write("rotterdam", "code = GM0599\nnaam = Rotterdam\n");
        await("GM0599 is served", WITHIN, () -> get("/gemeenten/GM0599").statusCode() == 200);

        assertProblem(get("/gemeenten/GM0363"), 404);
        assertEquals("'s-Gravenhage", json(get("/gemeenten/GM0518")).get("naam").asText());
        JsonNode gemeenten = json(get("/gemeenten")).get("gemeenten");
        assertEquals(3, gemeenten.size());
        assertTrue(before.contains("GM0222") && get("/gemeenten").body().contains("GM0222"));
    }

    @Test
    public void brokenEditKeepsThePreviousConfiguration() throws IOException {
        write("rotterdam", "code = GM0599\nnaam = Rotterdam\n");
        await("GM0599 is served", WITHIN, () -> get("/gemeenten/GM0599").statusCode() == 200);
        write("rotterdam", "code = GM0599\nnaam = \n");
        write("dubbel", "code = GM0363\nnaam = Amsterdam\n");
        await("the next file is processed", WITHIN, () -> get("/gemeenten/GM0363").statusCode() == 200);
        assertEquals("Rotterdam", json(get("/gemeenten/GM0599")).get("naam").asText());
    }

    /**
     * Edits a file the platform already serves and waits until the edit is served. Fileinstall writes a
     * configuration back to its file when it hears of the change (enableConfigSave), and the platform serves a
     * change before that event reaches fileinstall, so an edit made in between can be overwritten with the
     * previous content (seen as "still one wijk" after 10 s). A person never edits that fast; rather than sleep,
     * the test writes its edit again whenever it finds the file put back.
     */
    private void edit(String name, String content, String what, BooleanSupplier served) throws IOException {
        write(name, content);
        await(what, WITHIN, () -> {
            if (served.getAsBoolean()) {
                return true;
            }
            if (!content.equals(readQuietly(cfg(name)))) {
                writeQuietly(name, content);
            }
            return false;
        });
    }

    /** Deletes a file the platform serves, again if fileinstall wrote it back meanwhile (see {@link #edit}). */
    private void delete(String name, String what, BooleanSupplier gone) throws IOException {
        Files.delete(cfg(name));
        await(what, WITHIN, () -> {
            if (gone.getAsBoolean()) {
                return true;
            }
            try {
                Files.deleteIfExists(cfg(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return false;
        });
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void writeQuietly(String name, String content) {
        try {
            write(name, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path cfg(String name) {
        return Path.of(System.getProperty("karaf.etc"), "nl.samenspraak.gemeente-" + name + ".cfg");
    }

    /** Written beside and moved in, so fileinstall never reads half a file. */
    private static void write(String name, String content) throws IOException {
        Path target = cfg(name);
        Path temp = Files.createTempFile(target.getParent().getParent(), name, ".tmp");
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
