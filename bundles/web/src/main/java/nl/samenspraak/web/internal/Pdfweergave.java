package nl.samenspraak.web.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Sets a printable page on A4 as a PDF: the XHTML that a template rendered in the layout for paper
 * ({@code pdf.ftlh}), with its own style sheet inside, in DejaVu (the PDF standard fonts know no ı or Ş). No base
 * address is given, so nothing outside the document (a gemeente's logo or style sheet on another host) is ever
 * fetched while rendering.
 * <p>
 * Tagged for PDF/UA-1: a screen reader reads the letter in order, with its headings, lists and tables, in Dutch (the
 * layout's {@code lang}), under its title. And PDF/A-2u, the archival form, with the sRGB profile of the JDK: a
 * besluit goes into the gemeente's archive.
 */
final class Pdfweergave {

    /** The JDK's own sRGB colour profile, which PDF/A asks for as the document's output intent. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private Pdfweergave() {
    }

    /**
     * @param xhtml a well-formed XHTML document
     * @return the PDF's bytes
     * @throws RuntimeException (from openhtmltopdf) when the document is not well-formed XML, e.g. a template that
     *         writes {@code <br>} instead of {@code <br/>}
     */
    static byte[] pdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(SRGB);
        schrift(builder, "DejaVuSans.ttf", "DejaVu Sans", 400);
        schrift(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700);
        schrift(builder, "DejaVuSansMono-Bold.ttf", "DejaVu Sans Mono", 700);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A font of this bundle (fetched by the build), embedded as a subset of the letters used. */
    private static void schrift(PdfRendererBuilder builder, String bestand, String familie, int gewicht) {
        builder.useFont(() -> Pdfweergave.class.getResourceAsStream("/schriften/ttf/" + bestand), familie, gewicht,
                BaseRendererBuilder.FontStyle.NORMAL, true);
    }
}
