package nl.samenspraak.core.internal.regels;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.function.Predicate;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
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
 *
 * <p>Two things make a swap invisible to requests: the {@link Overbrugging bridge} lets a lookup wait
 * (bounded) while a bundle it concerns is being updated or started, until the bundle has registered all its
 * rules, and every rules object handed
 * out is {@link Bewaking guarded}, so rules that throw, answer {@code null} or hang fail only their own
 * request, with a {@link nl.samenspraak.rules.RegelsOnbruikbaarException}.
 */
@Component(service = RegelsRegister.class, immediate = true, configurationPid = GeinstalleerdeRegels.PID)
@Designate(ocd = RegelsInstellingen.class)
public class GeinstalleerdeRegels implements RegelsRegister {

    static final String PID = "nl.samenspraak.regels";
    private static final Logger LOG = LoggerFactory.getLogger(GeinstalleerdeRegels.class);
    private static final long KIJK_MILLIS = 10;

    /** A configuration with the defaults, except the values given by method name (for tests). */
    static RegelsInstellingen config(Map<String, Object> anders) {
        return (RegelsInstellingen) Proxy.newProxyInstance(RegelsInstellingen.class.getClassLoader(),
                new Class<?>[] { RegelsInstellingen.class }, (proxy, method, args) -> method.getName().equals("annotationType")
                        ? RegelsInstellingen.class : anders.getOrDefault(method.getName(), method.getDefaultValue()));
    }

    /** By service id: the services offered right now. */
    private final Map<Long, Aanbod> aanbod = new ConcurrentHashMap<>();
    /** Service id to bundle id of every rules service registered now, also those ignored as unusable. */
    private final Map<Long, Long> gezien = new ConcurrentHashMap<>();
    /** Service id to why the service was ignored, with its bundle. */
    private final Map<Long, String> genegeerd = new ConcurrentHashMap<>();
    /** Service id to its bundle, whose origin admission judges. */
    private final Map<Long, Bundle> bundelVan = new ConcurrentHashMap<>();
    /** Service id to the origin of its bundle, once judged. */
    private final Map<Long, Herkomst> herkomsten = new ConcurrentHashMap<>();
    /** Off only where tests register rules without a bundle; on in the platform, so that no origin means refused. */
    private volatile boolean toelatingVerplicht;
    private final Overbrugging brug;
    private final Overbrugging.Bundelstand stand;
    private final Bewaking bewaking;
    private final Bundelovergangen overgangen;
    private BundleContext context;
    private volatile Opstart opstart;
    private volatile long opstartNanos;

    private ScheduledExecutorService uitkijk;

    @Reference
    private GemeenteRegistry gemeenten;

    /** Which supplier's certificate each gemeente trusts. */
    @Reference
    private nl.samenspraak.core.internal.gemeente.ConfiguredGemeenten configuratie;

    @Reference
    private Toelatingsjournaal journaal;

    public GeinstalleerdeRegels() {
        this(null, Overbrugging.SYSTEEM, config(Map.of()));
    }

    GeinstalleerdeRegels(GemeenteRegistry gemeenten, Overbrugging.Klok klok, RegelsInstellingen config) {
        this(gemeenten, klok, config, null);
    }

    /** With {@code stand} deciding whether a bundle has settled, instead of the framework (for tests). */
    GeinstalleerdeRegels(GemeenteRegistry gemeenten, Overbrugging.Klok klok, RegelsInstellingen config,
            Overbrugging.Bundelstand stand) {
        this.stand = stand != null ? stand : new Overbrugging.Bundelstand() {
            @Override
            public boolean klaar(long bundelId) {
                Opstart start = opstart;
                return bundelId == Opstart.ID ? start == null || start.klaar() : GeinstalleerdeRegels.this.klaar(bundelId);
            }

            @Override
            public void gesloten(long bundelId) {
                waarschuwVoorBundel(bundelId);
            }
        };
        this.gemeenten = gemeenten;
        this.brug = new Overbrugging(klok, config.brug_ms());
        this.overgangen = new Bundelovergangen(brug,
                bundelId -> aanbod.values().stream().filter(a -> a.bundelId() == bundelId).map(Aanbod::voor)
                        .collect(Collectors.toSet()),
                this::geregistreerd);
        this.bewaking = new Bewaking(config.antwoordtijd_ms(), config.gelijktijdig_per_gemeente(), config.threads());
    }

    @Activate
    void activate(BundleContext context, RegelsInstellingen config) {
        modified(config);
        this.context = context;
        toelatingVerplicht = true;
        // the rules Declarative Services bound before this activation are judged and recorded now
        aanbod.values().forEach(this::beoordeel);
        overgangen.open(context);
        // a jar's bundle between its install and its start is not yet meant to run, yet it has not settled
        opstart = Opstart.in(context, Opstart.deploy(config.deploy()), id -> context.getBundle(id) != null
                && context.getBundle(id).getState() == Bundle.ACTIVE && overgangen.klaar(id));
        // also when the boot is in but deploy/ is not yet: the configurations of the gemeenten, and so this
        // component, may come up after Karaf's boot features, and the bundles in deploy/ later still
        opstartNanos = TimeUnit.MILLISECONDS.toNanos(config.opstart_ms());
        if (!opstart.klaar()) {
            brug.begint(Opstart.ID, Opstart.NAAM, "is under way: the gemeente bundles in deploy/ are yet to run", Set.of(),
                    opstartNanos);
        }
        uitkijk = Executors.newSingleThreadScheduledExecutor(taak -> {
            Thread draad = new Thread(taak, "samenspraak-regels-brug");
            draad.setDaemon(true);
            return draad;
        });
        uitkijk.scheduleWithFixedDelay(this::kijkVeilig, KIJK_MILLIS, KIJK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void kijkVeilig() {
        try {
            kijk();
        } catch (RuntimeException e) { // a failing look must not end the schedule
            LOG.warn("Rules bridge: looking at the bundles in transition failed", e);
        }
    }

    @Modified
    void modified(RegelsInstellingen config) {
        brug.brug(config.brug_ms());
        bewaking.configureer(config.antwoordtijd_ms(), config.gelijktijdig_per_gemeente(), config.threads());
        LOG.info("Rules: update bridge {} ms, answer within {} ms, at most {} calls at a time per gemeente, {} threads",
                config.brug_ms(), config.antwoordtijd_ms(), config.gelijktijdig_per_gemeente(), config.threads());
    }

    @Deactivate
    void deactivate() {
        overgangen.sluit();
        uitkijk.shutdownNow();
        bewaking.stop();
    }

    void komtNietTerug(long bundelId) {
        brug.komtNietTerug(bundelId, "gone");
    }

    /** A bundle begins a transition (see {@link Overbrugging#begint}). */
    void begint(long bundelId, String bundel, String waarom, Set<String> voor) {
        brug.begint(bundelId, bundel, waarom, voor);
    }

    /** Closes the bridge's transitions of bundles that have settled or ran out of time. */
    void kijk() {
        if (brug.openstaand()) {
            Opstart start = opstart;
            if (start != null && start.bezig()) {
                // deploy/ opens only once Karaf's boot features are in: opstart.ms counts from then
                brug.verleng(Opstart.ID, opstartNanos);
            }
            brug.kijk(stand);
        }
    }

    /** How many rules services of the bundle are registered and have been offered (or ignored as unusable). */
    long geregistreerd(long bundelId) {
        return gezien.values().stream().filter(b -> b == bundelId).count();
    }

    /** Whether a bundle has settled (see {@link Bundelovergangen#klaar}). */
    boolean klaar(long bundelId) {
        return overgangen.klaar(bundelId);
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
        return aanbod.values().stream().filter(a -> voor.equals(Optional.of(a.voor())) && weigering(a).isEmpty())
                .sorted(Comparator.comparing((Aanbod a) -> a.regels().getClass().getName())
                        .thenComparing(a -> a.info().geldigVanaf()))
                .map(a -> geldend(Regels.class, a, gemeente)).toList();
    }

    private <T extends Regels> Optional<GeldendeRegels<T>> geldend(Class<T> soort, String gemeente, LocalDate datum,
            Predicate<Aanbod> passend) {
        Optional<String> voor = sleutelVan(gemeente);
        if (voor.isEmpty()) {
            return Optional.empty();
        }
        Predicate<Aanbod> vraag = a -> a.soort() == soort && a.voor().equals(voor.get()) && a.info().geldigOp(datum)
                && passend.test(a) && weigering(a).isEmpty();
        return brug.zoek(voor.get(), () -> aanbod.values().stream().filter(vraag).max(Aanbod.VOORRANG))
                .map(a -> geldend(soort, a, gemeente));
    }

    /** The rules handed out: guarded, so that whatever they do, only this gemeente's request can fail. */
    private <T extends Regels> GeldendeRegels<T> geldend(Class<T> soort, Aanbod a, String gemeente) {
        @SuppressWarnings("unchecked")
        Class<T> bewaakt = soort == Regels.class ? (Class<T>) a.soort() : soort;
        return new GeldendeRegels<>(bewaking.bewaak(bewaakt, a, gemeente), a.info(), a.bundel(), a.versie());
    }

    /**
     * Why the service may not decide for the gemeenten it is registered for, or empty when it is admitted. Judged
     * at each lookup, so that a gemeente's configuration naming (or no longer naming) a supplier's certificate
     * takes effect at once, without reinstalling the bundle.
     */
    Optional<String> weigering(Aanbod a) {
        if (!toelatingVerplicht) {
            return Optional.empty();
        }
        Herkomst herkomst = herkomst(a.serviceId());
        if (herkomst == null) {
            return Optional.of("de herkomst van de bundel is onbekend");
        }
        return Toelating.weigering(herkomst, a.voor(), configuratie == null ? Set.of() : configuratie.leveranciers(a.voor()));
    }

    /**
     * The origin of a service's bundle, judged on first need: Declarative Services may bind rules services before
     * the journal that checks signatures.
     */
    private Herkomst herkomst(long serviceId) {
        Toelatingsjournaal j = journaal;
        Bundle bundel = bundelVan.get(serviceId);
        if (j == null || bundel == null) {
            return herkomsten.get(serviceId);
        }
        return herkomsten.computeIfAbsent(serviceId, id -> j.herkomst(bundel));
    }

    private Optional<String> sleutelVan(String gemeente) {
        return gemeenten.find(gemeente).map(Gemeente::regels);
    }

    @Reference(service = Verordening.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addVerordening(Verordening regels, ServiceReference<Verordening> ref) {
        add(Verordening.class, regels, ref, Optional.empty());
    }

    void removeVerordening(ServiceReference<Verordening> ref) {
        remove(ref);
    }

    @Reference(service = Subsidieregeling.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addSubsidieregeling(Subsidieregeling regels, ServiceReference<Subsidieregeling> ref) {
        add(Subsidieregeling.class, regels, ref, sleutel(regels::regeling));
    }

    void removeSubsidieregeling(ServiceReference<Subsidieregeling> ref) {
        remove(ref);
    }

    @Reference(service = Toewijzingsproces.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addToewijzingsproces(Toewijzingsproces regels, ServiceReference<Toewijzingsproces> ref) {
        add(Toewijzingsproces.class, regels, ref, sleutel(regels::proces));
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

    private void add(Class<? extends Regels> soort, Regels regels, ServiceReference<?> ref, Optional<String> sleutel) {
        Object voor = ref.getProperty(Regels.GEMEENTE);
        Object ranking = ref.getProperty(Constants.SERVICE_RANKING);
        Bundle bundel = ref.getBundle();
        bundelVan.put((Long) ref.getProperty(Constants.SERVICE_ID), bundel);
        registreer(soort, regels, voor == null ? null : voor.toString(), sleutel, bundel.getSymbolicName(),
                bundel.getVersion().toString(), bundel.getBundleId(), (Long) ref.getProperty(Constants.SERVICE_ID),
                ranking instanceof Integer r ? r : 0);
    }

    private void remove(ServiceReference<?> ref) {
        // withdrawn first, which opens the bridge, then no longer counted
        trekIn((Long) ref.getProperty(Constants.SERVICE_ID));
        gezien.remove((Long) ref.getProperty(Constants.SERVICE_ID));
        genegeerd.remove((Long) ref.getProperty(Constants.SERVICE_ID));
        herkomsten.remove((Long) ref.getProperty(Constants.SERVICE_ID));
        bundelVan.remove((Long) ref.getProperty(Constants.SERVICE_ID));
    }

    void registreer(Class<? extends Regels> soort, Regels regels, String voor, Optional<String> sleutel, String bundel,
            String versie, long bundelId, long serviceId, int ranking) {
        try {
            bied(soort, regels, voor, sleutel, bundel, versie, bundelId, serviceId, ranking);
        } finally {
            // counted only once offered or ignored: the bridge closes when the count is complete, and a lookup
            // right after must find the service
            gezien.put(serviceId, bundelId);
        }
    }

    /** Offers the service to lookups, or records why it is ignored. */
    private void bied(Class<? extends Regels> soort, Regels regels, String voor, Optional<String> sleutel, String bundel,
            String versie, long bundelId, long serviceId, int ranking) {
        if (voor == null) {
            LOG.error("Rules service {} of bundle {} ignored: it has no service property '{}' naming its gemeente",
                    regels.getClass().getName(), bundel, Regels.GEMEENTE);
            genegeerd.put(serviceId, bundel + " " + versie + ": " + regels.getClass().getName()
                    + " genegeerd, de service-eigenschap '" + Regels.GEMEENTE + "' ontbreekt");
            return;
        }
        RegelsInfo info;
        try {
            info = Objects.requireNonNull(regels.info(), "info() answered null");
        } catch (RuntimeException e) {
            LOG.error("Rules service {} of bundle {} ignored: info() failed", regels.getClass().getName(), bundel, e);
            genegeerd.put(serviceId, bundel + " " + versie + ": " + regels.getClass().getName()
                    + " genegeerd, info() faalde met " + e);
            return;
        }
        Aanbod nieuw = new Aanbod(soort, regels, voor, sleutel, info, bundel, versie, bundelId, serviceId, ranking);
        aanbod.put(serviceId, nieuw);
        brug.erbij(nieuw);
        beoordeel(nieuw);
        LOG.info("Rules for {} available: {} ({}), in force {} to {}, from {} {}", voor, info.titel(),
                sleutel.orElse(regels.getClass().getSimpleName()), info.geldigVanaf(),
                info.geldigTot().map(Object::toString).orElse("further notice"), bundel, versie);
        waarschuwVoor(nieuw);
    }

    /** Records the admission or refusal of a new service, for the gemeenten that use its key. */
    private void beoordeel(Aanbod nieuw) {
        Herkomst herkomst = herkomst(nieuw.serviceId());
        if (!toelatingVerplicht || herkomst == null || journaal == null || gemeenten == null
                || !inGebruik().contains(nieuw.voor())) {
            return; // rules for a key no gemeente uses decide nothing: they are warned about below
        }
        String wat = nieuw.info().titel() + " (" + nieuw.sleutel().orElse(nieuw.soort().getSimpleName()) + ")";
        weigering(nieuw).ifPresentOrElse(waarom -> journaal.geweigerd(herkomst, nieuw.voor(), wat + ": " + waarom),
                () -> journaal.toegelaten(herkomst, nieuw.voor(), wat));
    }

    /** Logs the warnings a new service brings: a clash with another of its kind, or a gemeente no one uses. */
    private void waarschuwVoor(Aanbod nieuw) {
        Set<String> inGebruik = gemeenten == null ? Set.of(nieuw.voor()) : inGebruik();
        List<Aanbod> zelfde = aanbod.values().stream().filter(a -> a.soort() == nieuw.soort()
                && a.voor().equals(nieuw.voor()) && a.sleutel().equals(nieuw.sleutel()) && telt(a, inGebruik)).toList();
        Waarschuwingen.van(zelfde, inGebruik, Map.of()).forEach(w -> LOG.warn("Rules warning: {}", w));
    }

    /** Logs that a bundle which has settled offers no rules, if so. */
    private void waarschuwVoorBundel(long bundelId) {
        Bundle bundel = context == null ? null : context.getBundle(bundelId);
        if (bundel != null) {
            zonderRegels(List.of(bundel)).forEach((naam, waarom) -> LOG.warn("Rules warning: bundle {} {}", naam, waarom));
        }
    }

    private Set<String> inGebruik() {
        return gemeenten.list().stream().map(Gemeente::regels).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String waaromGeen(String gemeente, Class<? extends Regels> soort, String sleutel, LocalDate datum) {
        Optional<String> voor = sleutelVan(gemeente);
        if (voor.isEmpty()) {
            return gemeente + " is geen gemeente die dit platform bedient";
        }
        List<Aanbod> alleVersies = aanbod.values().stream().filter(a -> a.soort() == soort && a.voor().equals(voor.get())
                && (sleutel == null || a.sleutel().equals(Optional.of(sleutel))))
                .sorted(Comparator.comparing((Aanbod a) -> a.info().geldigVanaf())).toList();
        List<Aanbod> versies = alleVersies.stream().filter(a -> weigering(a).isEmpty()).toList();
        String van = voor.get().equals(gemeente) ? "" : " (" + gemeente + " volgt de regels van '" + voor.get() + "')";
        if (versies.isEmpty() && !alleVersies.isEmpty()) {
            return "er is geen toegelaten regelbundel die daarover beslist" + van + "; geweigerd: " + alleVersies.stream()
                    .map(a -> a.bundel() + " " + a.versie() + " (" + weigering(a).orElse("") + ")").distinct()
                    .collect(Collectors.joining(", "));
        }
        if (versies.isEmpty()) {
            return "er is geen regelbundel geïnstalleerd die daarover beslist" + van;
        }
        String bundels = versies.stream().map(a -> a.bundel() + " " + a.versie()).distinct().collect(Collectors.joining(", "));
        String perioden = versies.stream().map(a -> a.info().geldigVanaf() + " tot "
                + a.info().geldigTot().map(Object::toString).orElse("nader order")).collect(Collectors.joining(", "));
        return "de regelbundel " + bundels + " is geïnstalleerd" + van + ", maar geen versie geldt op " + datum
                + ": de versies gelden " + perioden;
    }

    @Override
    public List<String> waarschuwingen() {
        List<Bundle> bundels = context == null ? List.of() : List.of(context.getBundles());
        Set<String> inGebruik = inGebruik();
        List<Aanbod> toegelaten = aanbod.values().stream().filter(a -> telt(a, inGebruik)).toList();
        List<String> waarschuwingen = new java.util.ArrayList<>(geweigerd(inGebruik));
        waarschuwingen.addAll(Waarschuwingen.van(toegelaten, inGebruik, zonderRegels(bundels)));
        return waarschuwingen;
    }

    /**
     * Whether the ordinary warnings consider a service: if admitted, and also if offered for a key no gemeente uses
     * (an invalid or unconfigured code), which is warned about as such rather than as a refusal.
     */
    private boolean telt(Aanbod a, Set<String> inGebruik) {
        return !inGebruik.contains(a.voor()) || weigering(a).isEmpty();
    }

    /** The refusals of rules offered for gemeenten that are served, one line per bundle and gemeente. */
    private List<String> geweigerd(Set<String> inGebruik) {
        return aanbod.values().stream().filter(a -> inGebruik.contains(a.voor()))
                .flatMap(a -> weigering(a).map(w -> "GEWEIGERD: regels voor " + a.voor() + " uit " + a.bundel() + " "
                        + a.versie() + ": " + w).stream())
                .distinct().sorted().toList();
    }

    /**
     * Of these bundles, those that use the rules SPI as a gemeente's rules bundle would but offer no rules:
     * no service registered at all (a forgotten {@code @Component}), or only services the platform ignored.
     * The platform's own bundles ({@link Spi#vanHetPlatform}) and those that ask the register for rules are no
     * rules bundles; nor is a bundle still settling.
     */
    private Map<String, String> zonderRegels(List<Bundle> bundels) {
        Set<Long> metRegels = aanbod.values().stream().map(Aanbod::bundelId).collect(Collectors.toSet());
        Set<Long> inOvergang = brug.bundels();
        Map<String, String> zonder = new TreeMap<>();
        for (Bundle bundel : bundels) {
            long id = bundel.getBundleId();
            if (bundel.getState() != Bundle.ACTIVE || metRegels.contains(id) || inOvergang.contains(id)
                    || !Spi.regelbundel(bundel) || gebruiktRegister(bundel)) {
                continue;
            }
            List<String> waarom = genegeerd.entrySet().stream().filter(e -> gezien.get(e.getKey()) != null
                    && gezien.get(e.getKey()) == id).map(Map.Entry::getValue).sorted().toList();
            if (!waarom.isEmpty()) {
                zonder.put(Bundelovergangen.naam(bundel), "biedt geen bruikbare regels: " + String.join("; ", waarom));
            } else if (bundel.getRegisteredServices() == null) {
                zonder.put(Bundelovergangen.naam(bundel), "gebruikt de regels-SPI maar registreert geen enkele service (ontbreekt "
                        + "@Component op de regels, of de DS-verwerking van bnd?)");
            }
        }
        return zonder;
    }

    /** Whether the bundle asks the platform for rules, as an integration does: it then offers none. */
    private static boolean gebruiktRegister(Bundle bundel) {
        ServiceReference<?>[] inGebruik = bundel.getServicesInUse();
        return inGebruik != null && Stream.of(inGebruik).flatMap(r -> Stream.of((String[]) r.getProperty(Constants.OBJECTCLASS)))
                .anyMatch(RegelsRegister.class.getName()::equals);
    }

    void trekIn(long serviceId) {
        Aanbod weg = aanbod.get(serviceId);
        if (weg != null) {
            // the gap opens before the service leaves: a lookup in between sees one or the other, never neither
            brug.weg(weg);
            aanbod.remove(serviceId);
            LOG.info("Rules for {} withdrawn: {} from {} {}", weg.voor(), weg.info().titel(), weg.bundel(), weg.versie());
        }
    }
}

