package nl.samenspraak.web.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * Renders FreeMarker templates ({@code .ftlh}: HTML output, every value escaped). A page's templates are looked
 * up in its own bundle under {@code sjablonen/} first, then in this bundle (the layout and the shared macros),
 * so another page bundle brings only its pages.
 */
final class Weergave {

    private final ClassLoader eigen;
    private final Map<Long, Configuration> perBundel = new ConcurrentHashMap<>();

    Weergave(ClassLoader eigen) {
        this.eigen = eigen;
    }

    String render(Bundle bundel, String sjabloon, Map<String, Object> model) throws IOException, TemplateException {
        Configuration configuration = bundel == null ? configuratie(-1, null) : configuratie(bundel.getBundleId(), bundel);
        StringWriter out = new StringWriter(8192);
        configuration.getTemplate(sjabloon).process(model, out);
        return out.toString();
    }

    /** Forgets the templates of a bundle that went away or changed. */
    void vergeet(Bundle bundel) {
        perBundel.remove(bundel.getBundleId());
    }

    private Configuration configuratie(long id, Bundle bundel) {
        return perBundel.computeIfAbsent(id, k -> {
            TemplateLoader gedeeld = new ClassTemplateLoader(eigen, "sjablonen");
            TemplateLoader loader = gedeeld;
            if (bundel != null) {
                BundleWiring wiring = bundel.adapt(BundleWiring.class);
                ClassLoader classLoader = wiring == null ? null : wiring.getClassLoader();
                if (classLoader != null && classLoader != eigen) {
                    loader = new MultiTemplateLoader(
                            new TemplateLoader[] { new ClassTemplateLoader(classLoader, "sjablonen"), gedeeld });
                }
            }
            return configuratie(loader);
        });
    }

    static Configuration configuratie(TemplateLoader loader) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setTemplateLoader(loader);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocale(java.util.Locale.forLanguageTag("nl-NL"));
        configuration.setNumberFormat("computer");
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return configuration;
    }
}
