package nl.samenspraak.web.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import freemarker.cache.FileTemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import nl.samenspraak.api.budget.Bedrag;
import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.Huisstijl;
import nl.samenspraak.api.initiatief.Besluit;
import nl.samenspraak.api.initiatief.Overheidsparticipatie;
import nl.samenspraak.api.wijkbudget.StemService.Kiezer;
import nl.samenspraak.rules.Beoordeling;
import nl.samenspraak.rules.Reden;
import nl.samenspraak.web.internal.inwoners.Labels;
import nl.samenspraak.web.internal.werkplek.Kiezerslijst.Bewoner;
import nl.samenspraak.web.internal.werkplek.StempassenPagina.Brief;

/**
 * The letters' PDFs, from the same macros as their pages: one letter with a voting code per page, each with its own
 * code; the besluit with its reasons, articles, rules version and bezwaar clause. And what a template hands back to
 * Java arrives in a type the Java method takes.
 */
public class BrievenTest {

    private static final Configuration SJABLONEN = sjablonen();

    /** What the letter of a round reads of it. */
    public record RondeInBrief(String titel, Bedrag bedrag) {
    }

    /** What the besluit letter reads of the initiative. */
    public record InitiatiefInBrief(String titel, String initiatiefnemer) {
    }

    @Test
    public void elkeBriefMetStemcodeOpEenEigenPagina() throws Exception {
        List<Brief> brieven = List.of(brief(1, "Yılmaz", "K7Q2-M4XP"), brief(2, "De Vries", "R9T3-W8ZN"),
                brief(3, "Şahin", "B5D6-H2JC"));
        Map<String, Object> model = stembrieven(brieven, Optional.of(LocalDate.of(2027, 3, 1)),
                Optional.of(LocalDate.of(2027, 3, 15)));

        try (PDDocument pdf = Loader.loadPDF(Pdfweergave.pdf(render("pdf/stembrieven.ftlh", model)))) {
            assertEquals(3, pdf.getNumberOfPages());
            for (int pagina = 1; pagina <= 3; pagina++) {
                String tekst = tekst(pdf, pagina);
                assertTrue(tekst, tekst.contains(brieven.get(pagina - 1).stemcode()));
                assertTrue(tekst, tekst.contains("Uw persoonlijke stemcode voor Wijkbudget Spoorwijk 2027"));
                assertTrue(tekst, tekst.contains("€ 50.000,00"));
                for (Brief ander : brieven) {
                    assertTrue("one code per page", ander == brieven.get(pagina - 1) || !tekst.contains(ander.stemcode()));
                }
            }
            assertTrue(tekst(pdf, 2), tekst(pdf, 2).contains("De Vries"));
            assertTrue("names in any Latin script", tekst(pdf, 1).contains("Yılmaz") && tekst(pdf, 3).contains("Şahin"));
            assertEquals("Stembrieven: Spoorwijk – Doetinchem", pdf.getDocumentInformation().getTitle());
        }
    }

    @Test
    public void deBesluitbriefMetRedenenRegelsEnBezwaar() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(Pdfweergave.pdf(render("pdf/besluitbrief.ftlh", besluitbriefModel())))) {
            String tekst = tekst(pdf, 1) + tekst(pdf, pdf.getNumberOfPages());
            assertTrue(tekst, tekst.contains("Besluit op uw aanvraag om subsidie: afgewezen"));
            assertTrue(tekst, tekst.contains("Op dezelfde dag is al een evenement vergund."));
            assertTrue(tekst, tekst.contains("art. 3:46 Awb"));
            assertTrue(tekst, tekst.contains("Modelregeling bewonersinitiatieven"));
            assertTrue(tekst, tekst.contains("gemeente-model 1.2.0"));
            assertTrue(tekst, tekst.contains("bezwaar maken") && tekst.contains("6:7 en 6:8"));
        }
    }

    /** What a screen reader and an archive need of the PDF (PDF/UA-1, PDF/A-2u): tags, language, title, metadata. */
    @Test
    public void deBriefIsGetagdVoorEenSchermlezerEnGeschiktVoorHetArchief() throws Exception {
        Map<String, Object> model = stembrieven(List.of(brief(1, "Yılmaz", "K7Q2-M4XP")), Optional.empty(), Optional.empty());

        try (PDDocument pdf = Loader.loadPDF(Pdfweergave.pdf(render("pdf/stembrieven.ftlh", model)))) {
            PDDocumentCatalog catalogus = pdf.getDocumentCatalog();
            assertTrue("tagged", catalogus.getMarkInfo() != null && catalogus.getMarkInfo().isMarked());
            assertEquals("nl", catalogus.getLanguage());
            assertTrue("the title, not the file name, in the window", catalogus.getViewerPreferences().displayDocTitle());
            Set<String> soorten = new HashSet<>();
            structuur(catalogus.getStructureTreeRoot().getKids(), soorten);
            assertTrue(soorten.toString(), soorten.contains("H1") && soorten.contains("P"));
            String xmp = new String(catalogus.getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertTrue(xmp, xmp.contains("pdfuaid:part") && xmp.contains("pdfaid:part") && xmp.contains("Stembrieven: Spoorwijk"));
            assertEquals(1, catalogus.getOutputIntents().size());
            assertEquals("Stembrieven: Spoorwijk, een brief van de gemeente Doetinchem", pdf.getDocumentInformation().getSubject());
        }
    }

    /**
     * The claim itself, checked by veraPDF, the validator archives and accessibility audits use: both letters pass
     * every rule of PDF/UA-1 (ISO 14289-1 with the Matterhorn Protocol's machine checks) and of PDF/A-2u.
     */
    @Test
    public void beideBrievenVoldoenVolgensVeraPdfAanPdfUaEnPdfA() throws Exception {
        byte[] stembrieven = Pdfweergave.pdf(render("pdf/stembrieven.ftlh", stembrieven(
                List.of(brief(1, "Yılmaz", "K7Q2-M4XP"), brief(2, "De Vries", "R9T3-W8ZN")), Optional.of(LocalDate.of(2027, 3, 1)),
                Optional.of(LocalDate.of(2027, 3, 15)))));
        byte[] besluitbrief = Pdfweergave.pdf(render("pdf/besluitbrief.ftlh", besluitbriefModel()));
        VeraGreenfieldFoundryProvider.initialise();
        for (PDFAFlavour norm : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_U)) {
            assertEquals("stembrieven, " + norm, List.of(), overtredingen(stembrieven, norm));
            assertEquals("besluitbrief, " + norm, List.of(), overtredingen(besluitbrief, norm));
        }
        byte[] ongetagd = ongetagdePdf();
        assertTrue("veraPDF sees an untagged PDF", overtredingen(ongetagd, PDFAFlavour.PDFUA_1).stream()
                .anyMatch(o -> o.startsWith("7.1-11:")));
        assertTrue("and one without metadata", overtredingen(ongetagd, PDFAFlavour.PDFA_2_U).stream()
                .anyMatch(o -> o.startsWith("6.6.2.1-1:")));
    }

    /** One empty page, as PDFBox makes it: no tags, no language, no metadata. */
    private static byte[] ongetagdePdf() throws IOException {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream uit = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(uit);
            return uit.toByteArray();
        }
    }

    /** Each failed rule of the norm once, as "clause-test: what it asks (how often)". */
    private static List<String> overtredingen(byte[] pdf, PDFAFlavour norm) throws Exception {
        VeraPDFFoundry foundry = Foundries.defaultInstance();
        try (PDFAParser lezer = foundry.createParser(new ByteArrayInputStream(pdf), norm)) {
            ValidationResult uitslag = foundry.createValidator(norm, false).validate(lezer);
            Map<String, Long> keer = new TreeMap<>();
            uitslag.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .forEach(a -> keer.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage(),
                            1L, Long::sum));
            return keer.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + "x)").toList();
        }
    }

    private static void structuur(List<Object> kinderen, Set<String> soorten) {
        for (Object kind : kinderen) {
            if (kind instanceof PDStructureElement element) {
                soorten.add(element.getStructureType());
                structuur(element.getKids(), soorten);
            }
        }
    }

    @Test
    public void eenNietWelgevormdSjabloonGeeftGeenPdf() {
        try {
            Pdfweergave.pdf("<html><body><p>regel<br>regel</p></body></html>");
        } catch (RuntimeException verwacht) {
            return;
        }
        throw new AssertionError("<br> without its slash is no XML: the PDF renderer must refuse it");
    }

    @Test
    public void deBijdragenVanEenRecordTerugNaarJava() throws Exception {
        Map<String, Object> model = new HashMap<>();
        model.put("label", new Labels());
        model.put("o", new Overheidsparticipatie("i-1", Overheidsparticipatie.Rol.PARTNER,
                EnumSet.of(Overheidsparticipatie.Bijdrage.PLEK, Overheidsparticipatie.Bijdrage.GELD), "x", "Anna", "a@x",
                "ambtenaar", Instant.now()));
        StringWriter uit = new StringWriter();
        new freemarker.template.Template("t", "${label.bijdragen(o.bijdragen())}", SJABLONEN).process(model, uit);
        assertEquals("Geld en een plek", uit.toString());
    }

    private static Brief brief(int regel, String naam, String code) {
        return new Brief(new Bewoner(regel, new Kiezer("k" + regel, LocalDate.of(1980, 1, 1), "WK022201"), naam,
                "Dorpsstraat " + regel, "7001 AA", "Doetinchem"), code);
    }

    /** What the letters of round "Wijkbudget Spoorwijk 2027" of Doetinchem read. */
    private static Map<String, Object> stembrieven(List<Brief> brieven, Optional<LocalDate> vanaf, Optional<LocalDate> tot) {
        Map<String, Object> model = model("Stembrieven: Spoorwijk");
        model.put("ronde", new RondeInBrief("Wijkbudget Spoorwijk 2027", Bedrag.euro(50_000)));
        model.put("brieven", brieven);
        model.put("stemadres", "https://samenspraak.example/gemeenten/GM0222/wijkbudgetten/r1/stemmen");
        model.put("stemmenVanaf", vanaf);
        model.put("stemmenTot", tot);
        model.put("vandaag", LocalDate.of(2027, 2, 1));
        return model;
    }

    private static Map<String, Object> model(String titel) {
        Map<String, Object> model = new HashMap<>();
        model.put("titel", titel);
        model.put("gemeente", new Gemeente("GM0222", "Doetinchem", List.of(), "model", Huisstijl.STANDAARD));
        model.put("fmt", new Opmaak());
        return model;
    }

    /** A refused subsidy, with its reason, article and rules version. */
    private static Map<String, Object> besluitbriefModel() {
        Besluit besluit = new Besluit("b-1", "i-1", Besluit.Besluittype.SUBSIDIEVERLENING, Beoordeling.Uitkomst.AFGEWEZEN,
                Optional.empty(), List.of(new Reden("art. 3:46 Awb", "Op dezelfde dag is al een evenement vergund.")),
                LocalDate.of(2027, 1, 10), new Besluit.Herkomst("Modelregeling bewonersinitiatieven", "Gemeenteblad 2025, 1",
                        LocalDate.of(2025, 1, 1), Optional.empty(), "nl.samenspraak.gemeente-model", "1.2.0"),
                "ambtenaar-doetinchem", Instant.parse("2027-01-20T10:00:00Z"));
        Map<String, Object> model = model("Besluit: Straatfeest");
        model.put("besluit", besluit);
        model.put("initiatief", new InitiatiefInBrief("Straatfeest", "inwoner-doetinchem"));
        return model;
    }

    private static String render(String sjabloon, Map<String, Object> model) throws IOException, TemplateException {
        StringWriter uit = new StringWriter();
        SJABLONEN.getTemplate(sjabloon).process(model, uit);
        String xhtml = uit.toString();
        assertFalse("the PDF layout, not the screen's", xhtml.contains("samenspraak-kop"));
        return xhtml;
    }

    private static String tekst(PDDocument pdf, int pagina) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        // bold and italic runs are drawn apart from their line: read the page as it is laid out
        stripper.setSortByPosition(true);
        stripper.setStartPage(pagina);
        stripper.setEndPage(pagina);
        return stripper.getText(pdf).replaceAll("[\\s\\u00a0]+", " ");
    }

    private static Configuration sjablonen() {
        try {
            return Weergave.configuratie(new FileTemplateLoader(Path.of("src/main/resources/sjablonen").toFile()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
