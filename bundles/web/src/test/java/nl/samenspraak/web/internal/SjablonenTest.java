package nl.samenspraak.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;

/**
 * Every template parses with the configuration the pages use. A syntax error otherwise shows only when a
 * resident reaches that page (a 500 in the middle of a form), so it is caught here, at build time.
 */
public class SjablonenTest {

    private static final Path SJABLONEN = Path.of("src/main/resources/sjablonen");

    @Test
    public void elkSjabloonIsGeldigeFreeMarker() throws IOException {
        Configuration configuration = Weergave.configuratie(new FileTemplateLoader(SJABLONEN.toFile()));
        List<String> fouten = new ArrayList<>();
        List<Path> sjablonen;
        try (Stream<Path> files = Files.walk(SJABLONEN)) {
            sjablonen = files.filter(f -> f.toString().endsWith(".ftlh")).sorted().toList();
        }
        assertTrue("templates found in " + SJABLONEN.toAbsolutePath(), sjablonen.size() > 10);
        for (Path sjabloon : sjablonen) {
            try {
                configuration.getTemplate(SJABLONEN.relativize(sjabloon).toString().replace('\\', '/'));
            } catch (ParseException e) {
                fouten.add(e.getMessage());
            }
        }
        assertEquals(String.join("\n", fouten), List.of(), fouten);
    }
}
