package nl.samenspraak.mail.internal;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateScalarModel;

import nl.samenspraak.api.mail.Mailsoort;

/**
 * The mail templates: per kind a plain-text template {@code <soort>.txt.ftl} that starts by assigning
 * {@code onderwerp} (the subject), and an HTML template {@code <soort>.html.ftlh} (escaped, in the shared
 * {@code layout.ftlh}). A gemeente overrides any of them by putting a file of the same name in
 * {@code etc/mail/<GM-code>/}; {@code etc/mail/} overrides them for all gemeenten; otherwise this bundle's own apply.
 * <p>
 * The details of a message are strings; dates (ISO) are shown as Dutch dates and amounts in euros the Dutch way.
 */
final class Sjablonen {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", NL);
    private static final Set<String> BEDRAGEN = Set.of("bedrag", "kosten", "toegewezen", "resterend");

    private final Configuration configuratie;

    /** @param eigen the directory of overrides ({@code etc/mail}), when there is one */
    Sjablonen(ClassLoader bundel, Optional<File> eigen) {
        TemplateLoader ingebouwd = new ClassTemplateLoader(bundel, "mail");
        TemplateLoader loader = ingebouwd;
        if (eigen.isPresent() && eigen.get().isDirectory()) {
            try {
                loader = new MultiTemplateLoader(new TemplateLoader[] { new FileTemplateLoader(eigen.get()), ingebouwd });
            } catch (IOException e) {
                throw new IllegalStateException("cannot read mail templates in " + eigen.get(), e);
            }
        }
        configuratie = new Configuration(Configuration.VERSION_2_3_34);
        configuratie.setTemplateLoader(loader);
        configuratie.setDefaultEncoding("UTF-8");
        configuratie.setRecognizeStandardFileExtensions(true);
        configuratie.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuratie.setLogTemplateExceptions(false);
        configuratie.setLocale(NL);
        configuratie.setNumberFormat("computer");
        configuratie.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    }

    /** The subject, plain text and HTML of a message. */
    record Inhoud(String onderwerp, String tekst, String html) {
    }

    /**
     * @param gegevens the message's details
     * @param extra what the sender adds: {@code link} (the page it is about), {@code afmeldlink}, {@code gemeentenaam}
     */
    Inhoud maak(String gemeente, Mailsoort soort, Map<String, String> gegevens, Map<String, String> extra)
            throws IOException, TemplateException {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("g", voorLezer(gegevens));
        model.putAll(extra);
        model.put("soort", soort.naam());
        StringWriter tekst = new StringWriter();
        Environment env = sjabloon(gemeente, soort.naam() + ".txt.ftl").createProcessingEnvironment(model, tekst);
        env.process();
        TemplateModel onderwerp = env.getVariable("onderwerp");
        if (!(onderwerp instanceof TemplateScalarModel s) || s.getAsString().isBlank()) {
            throw new IllegalStateException("the template " + soort.naam() + ".txt.ftl assigns no onderwerp");
        }
        String o = s.getAsString().strip();
        model.put("onderwerp", o);
        StringWriter html = new StringWriter();
        sjabloon(gemeente, soort.naam() + ".html.ftlh").process(model, html);
        return new Inhoud(o, tekst.toString().strip() + "\n", html.toString());
    }

    private Template sjabloon(String gemeente, String naam) throws IOException {
        try {
            return configuratie.getTemplate(gemeente + "/" + naam);
        } catch (TemplateNotFoundException e) {
            return configuratie.getTemplate(naam);
        }
    }

    /** Dates and amounts as a Dutch reader expects them; everything else as it is. */
    static Map<String, String> voorLezer(Map<String, String> gegevens) {
        Map<String, String> result = new LinkedHashMap<>();
        gegevens.forEach((k, v) -> result.put(k, BEDRAGEN.contains(k) ? euro(v) : datum(v)));
        return result;
    }

    private static String datum(String waarde) {
        if (waarde.length() != 10 || waarde.charAt(4) != '-' || waarde.charAt(7) != '-') {
            return waarde;
        }
        try {
            return LocalDate.parse(waarde).format(DATUM);
        } catch (DateTimeParseException e) {
            return waarde;
        }
    }

    static String euro(String waarde) {
        try {
            DecimalFormat formaat = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL));
            return "€ " + formaat.format(new BigDecimal(waarde));
        } catch (NumberFormatException e) {
            return waarde;
        }
    }
}
