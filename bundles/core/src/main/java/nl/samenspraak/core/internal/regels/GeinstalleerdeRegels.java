package nl.samenspraak.core.internal.regels;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.gemeente.Gemeente;
import nl.samenspraak.api.gemeente.GemeenteRegistry;
import nl.samenspraak.rules.GeldendeRegels;
import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsInfo;
import nl.samenspraak.rules.RegelsRegister;
import nl.samenspraak.rules.Subsidieregeling;
import nl.samenspraak.rules.Toewijzingsproces;
import nl.samenspraak.rules.Verordening;

/**
 * The rules services gemeente bundles register, tracked dynamically (whiteboard): bundles come, change and
 * go without this component restarting. A gemeente is served by the services registered for the key in its
 * configuration (its own code, or {@code model}); on a date, the service in force that took effect last
 * wins, so a new regulation can be installed beside the old one ahead of its start date.
 */
@Component(service = RegelsRegister.class)
public class GeinstalleerdeRegels implements RegelsRegister {

    private static final Logger LOG = LoggerFactory.getLogger(GeinstalleerdeRegels.class);

    private static final Comparator<Aanbod> VOORRANG = Comparator
            .comparing((Aanbod a) -> a.info().geldigVanaf())
            .thenComparingInt(Aanbod::ranking)
            .thenComparing(Comparator.comparingLong(Aanbod::serviceId).reversed());

    /** By service id: the services offered right now. */
    private final Map<Long, Aanbod> aanbod = new ConcurrentHashMap<>();

    @Reference
    private GemeenteRegistry gemeenten;

    public GeinstalleerdeRegels() {
    }

    GeinstalleerdeRegels(GemeenteRegistry gemeenten) {
        this.gemeenten = gemeenten;
    }

    /** One registered rules service, with what is read once when it registers. */
    record Aanbod(Regels regels, String voor, Optional<String> sleutel, RegelsInfo info, String bundel, String versie,
            long serviceId, int ranking) {
    }

    @Override
    public Optional<GeldendeRegels<Verordening>> verordening(String gemeente, LocalDate datum) {
        return geldend(Verordening.class, gemeente, datum, a -> true);
    }

    @Override
    public Optional<GeldendeRegels<Subsidieregeling>> subsidieregeling(String gemeente, String regeling, LocalDate datum) {
        return geldend(Subsidieregeling.class, gemeente, datum, a -> a.sleutel().equals(Optional.of(regeling)));
    }

    @Override
    public Optional<GeldendeRegels<Toewijzingsproces>> toewijzingsproces(String gemeente, String proces, LocalDate datum) {
        return geldend(Toewijzingsproces.class, gemeente, datum, a -> a.sleutel().equals(Optional.of(proces)));
    }

    @Override
    public List<GeldendeRegels<Regels>> alle(String gemeente) {
        Optional<String> voor = sleutelVan(gemeente);
        return aanbod.values().stream().filter(a -> voor.equals(Optional.of(a.voor())))
                .sorted(Comparator.comparing((Aanbod a) -> a.regels().getClass().getName())
                        .thenComparing(a -> a.info().geldigVanaf()))
                .map(a -> new GeldendeRegels<>(a.regels(), a.info(), a.bundel(), a.versie())).toList();
    }

    private <T extends Regels> Optional<GeldendeRegels<T>> geldend(Class<T> soort, String gemeente, LocalDate datum,
            Predicate<Aanbod> passend) {
        Optional<String> voor = sleutelVan(gemeente);
        if (voor.isEmpty()) {
            return Optional.empty();
        }
        return aanbod.values().stream()
                .filter(a -> soort.isInstance(a.regels()) && a.voor().equals(voor.get()) && a.info().geldigOp(datum))
                .filter(passend).max(VOORRANG)
                .map(a -> new GeldendeRegels<>(soort.cast(a.regels()), a.info(), a.bundel(), a.versie()));
    }

    private Optional<String> sleutelVan(String gemeente) {
        return gemeenten.find(gemeente).map(Gemeente::regels);
    }

    @Reference(service = Verordening.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addVerordening(Verordening regels, ServiceReference<Verordening> ref) {
        add(regels, ref, Optional.empty());
    }

    void removeVerordening(ServiceReference<Verordening> ref) {
        remove(ref);
    }

    @Reference(service = Subsidieregeling.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addSubsidieregeling(Subsidieregeling regels, ServiceReference<Subsidieregeling> ref) {
        add(regels, ref, sleutel(regels::regeling));
    }

    void removeSubsidieregeling(ServiceReference<Subsidieregeling> ref) {
        remove(ref);
    }

    @Reference(service = Toewijzingsproces.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addToewijzingsproces(Toewijzingsproces regels, ServiceReference<Toewijzingsproces> ref) {
        add(regels, ref, sleutel(regels::proces));
    }

    void removeToewijzingsproces(ServiceReference<Toewijzingsproces> ref) {
        remove(ref);
    }

    private static Optional<String> sleutel(java.util.function.Supplier<String> bron) {
        try {
            return Optional.ofNullable(bron.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private void add(Regels regels, ServiceReference<?> ref, Optional<String> sleutel) {
        Object voor = ref.getProperty(Regels.GEMEENTE);
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        registreer(regels, voor == null ? null : voor.toString(), sleutel, ref.getBundle().getSymbolicName(),
                ref.getBundle().getVersion().toString(), (Long) ref.getProperty(Constants.SERVICE_ID),
                ranking instanceof Integer r ? r : 0);
    }

    private void remove(ServiceReference<?> ref) {
        trekIn((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    void registreer(Regels regels, String voor, Optional<String> sleutel, String bundel, String versie, long serviceId,
            int ranking) {
        if (voor == null) {
            LOG.error("Rules service {} of bundle {} ignored: it has no service property '{}' naming its gemeente",
                    regels.getClass().getName(), bundel, Regels.GEMEENTE);
            return;
        }
        RegelsInfo info;
        try {
            info = regels.info();
        } catch (RuntimeException e) {
            LOG.error("Rules service {} of bundle {} ignored: info() failed", regels.getClass().getName(), bundel, e);
            return;
        }
        Aanbod nieuw = new Aanbod(regels, voor, sleutel, info, bundel, versie, serviceId, ranking);
        aanbod.put(serviceId, nieuw);
        LOG.info("Rules for {} available: {} ({}), in force {} to {}, from {} {}", voor, info.titel(),
                sleutel.orElse(regels.getClass().getSimpleName()), info.geldigVanaf(),
                info.geldigTot().map(Object::toString).orElse("further notice"), bundel, versie);
    }

    void trekIn(long serviceId) {
        Aanbod weg = aanbod.remove(serviceId);
        if (weg != null) {
            LOG.info("Rules for {} withdrawn: {} from {} {}", weg.voor(), weg.info().titel(), weg.bundel(), weg.versie());
        }
    }
}
