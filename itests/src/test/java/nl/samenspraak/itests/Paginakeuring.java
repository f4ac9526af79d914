package nl.samenspraak.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks every page a browser test shows: axe-core (WCAG 2.1 A and AA) with zero violations, a title no page at
 * another path has (one page in two states may share it), no sideways scrolling in a 320 px wide window (axe cannot
 * see that), every error message marked with a red bar on its field or fieldset and named by its aria-describedby,
 * valid HTML (the Nu HTML Checker, run once over all pages at the end), and full-page screenshots at
 * 1280 and 320 px wide under {@code target/screenshots/}. Writes {@code target/paginas.tsv}: every page with its
 * path, title and axe result, together with the pages of the other browser test classes of the build.
 */
final class Paginakeuring {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * The width WCAG 1.4.10 Reflow names, 320 CSS px (1280 px at 400 % zoom): every page must fit it without
     * scrolling sideways. Phones are 360 px and wider, so a page that fits here fits them.
     */
    static final int SMAL = 320;

    private final Path doel;
    private final Map<String, String> titels = new LinkedHashMap<>();
    private final List<String> regels = new ArrayList<>();

    Paginakeuring(Path doel) {
        this.doel = doel;
    }

    /**
     * Checks the page the browser shows now.
     *
     * @param naam a short unique name for the files, e.g. {@code initiatief-detail}
     */
    void keur(Browser browser, String naam) {
        assertTrue("keur with a browser that runs axe (JavaScript on)", browser.javascript());
        String titel = browser.titel();
        String pad = browser.pad().replaceAll("[?#].*", "");
        String eerder = titels.putIfAbsent(titel, pad);
        if (eerder != null && !eerder.equals(pad)) {
            fail("Pages " + eerder + " and " + pad + " (" + naam + ") have the same title: " + titel);
        }
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        regels.add(naam + "\t" + browser.pad() + "\t" + titel + "\t" + violations.size() + " violations, "
                + results.getPasses().size() + " rules passed");
        if (!violations.isEmpty()) {
            fail("axe found WCAG violations on " + naam + " (" + browser.pad() + "):\n" + violations.stream()
                    .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at " + v.getNodes().stream()
                            .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n")));
        }
        List<String> losseFouten = browser.losseFoutmeldingen();
        if (!losseFouten.isEmpty()) {
            fail("Error messages on " + naam + " (" + browser.pad() + ") not tied to their field:\n"
                    + String.join("\n", losseFouten));
        }
        schrijf(doel.resolve("html").resolve(naam + ".html"), browser.html());
        String teBreed = browser.teBreedOp(SMAL);
        if (!teBreed.isEmpty()) {
            browser.screenshot(doel.resolve("screenshots").resolve(naam + "-" + SMAL + ".png"), SMAL);
            fail("At " + SMAL + " px " + naam + " (" + browser.pad() + ") scrolls sideways (WCAG 1.4.10 Reflow): " + teBreed);
        }
        browser.screenshot(doel.resolve("screenshots").resolve(naam + "-1280.png"), 1280);
        browser.screenshot(doel.resolve("screenshots").resolve(naam + "-" + SMAL + ".png"), SMAL);
    }

    /** Markup fetched without a browser (the raw response), checked by the HTML checker with the rest. */
    void keurHtml(String naam, String html) {
        schrijf(doel.resolve("html").resolve(naam + ".html"), html);
    }

    /** Runs the Nu HTML Checker once over every page kept, and writes the page list. */
    void valideerAlles() {
        schrijfPaginalijst();
        Path vnu = Path.of(SamenspraakTestSupport.requiredProperty("samenspraak.vnu.jar"));
        assertTrue("the Nu HTML Checker is missing at " + vnu + " (the build downloads it)", Files.exists(vnu));
        try {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xss2m", "-jar", vnu.toString(), "--format", "json", "--stdout"));
            try (var files = Files.list(doel.resolve("html"))) {
                files.sorted().forEach(f -> command.add(f.toString()));
            }
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue("vnu did not finish", process.waitFor(5, TimeUnit.MINUTES));
            JsonNode report = new ObjectMapper().readTree(out);
            List<String> errors = new ArrayList<>();
            for (JsonNode message : report.path("messages")) {
                if ("error".equals(message.path("type").asText()) || "non-document-error".equals(message.path("type").asText())) {
                    errors.add(message.path("url").asText().replaceAll(".*/", "") + ":" + message.path("lastLine").asText()
                            + ": " + message.path("message").asText());
                }
            }
            schrijf(doel.resolve("vnu.json"), out);
            assertEquals("the Nu HTML Checker found errors (target/vnu.json):\n" + String.join("\n", errors),
                    List.of(), errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Adds this class's pages to {@code paginas.tsv}: the browser test classes of one build together list every
     * page, and a page checked again replaces its earlier row.
     */
    private void schrijfPaginalijst() {
        Path lijst = doel.resolve("paginas.tsv");
        Map<String, String> rijen = new java.util.TreeMap<>();
        try {
            if (Files.exists(lijst)) {
                Files.readAllLines(lijst, StandardCharsets.UTF_8).stream().skip(1).filter(r -> !r.isBlank())
                        .forEach(r -> rijen.put(r.substring(0, r.indexOf('\t')), r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        regels.forEach(r -> rijen.put(r.substring(0, r.indexOf('\t')), r));
        schrijf(lijst, "naam\tpad\ttitel\taxe\n" + String.join("\n", rijen.values()) + "\n");
    }

    int aantal() {
        return regels.size();
    }

    private static void schrijf(Path bestand, String inhoud) {
        try {
            Files.createDirectories(bestand.getParent());
            Files.writeString(bestand, inhoud, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
