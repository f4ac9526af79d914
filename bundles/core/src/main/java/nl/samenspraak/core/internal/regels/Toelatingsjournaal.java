package nl.samenspraak.core.internal.regels;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.samenspraak.api.regels.Regelstoelating;
import nl.samenspraak.api.regels.Toelatingsgebeurtenis;
import nl.samenspraak.api.regels.Toelatingsgebeurtenis.Soort;

/**
 * The record of every install, update and withdrawal of a gemeente rules bundle, and of every admission and
 * refusal of its rules, with who signed it and for which gemeente; each is logged too. Keeps the last
 * {@value #MAX} events (the log keeps them all). Also remembers each bundle's {@link Herkomst}, so that a bundle's
 * signature is checked once per install or update, not once per service.
 */
@Component(service = { Regelstoelating.class, Toelatingsjournaal.class })
public class Toelatingsjournaal implements Regelstoelating {

    static final int MAX = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(Toelatingsjournaal.class);

    private final Deque<Toelatingsgebeurtenis> gebeurtenissen = new ArrayDeque<>();
    /** By bundle id: its origin as of its last modification (install or update). */
    private final Map<Long, Map.Entry<Long, Herkomst>> herkomsten = new ConcurrentHashMap<>();
    private final Clock klok;
    private final SynchronousBundleListener luisteraar = this::gebeurtenis;
    private BundleContext context;

    public Toelatingsjournaal() {
        this(Clock.systemUTC());
    }

    Toelatingsjournaal(Clock klok) {
        this.klok = klok;
    }

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        context.addBundleListener(luisteraar);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(luisteraar);
    }

    @Override
    public synchronized List<Toelatingsgebeurtenis> gebeurtenissen() {
        return List.copyOf(gebeurtenissen);
    }

    /** The bundle's origin, its signature checked once per install or update. */
    Herkomst herkomst(Bundle bundel) {
        long sinds = bundel.getLastModified();
        Map.Entry<Long, Herkomst> bekend = herkomsten.get(bundel.getBundleId());
        if (bekend != null && bekend.getKey() == sinds) {
            return bekend.getValue();
        }
        Herkomst herkomst = Herkomst.van(bundel);
        herkomsten.put(bundel.getBundleId(), Map.entry(sinds, herkomst));
        return herkomst;
    }

    void toegelaten(Herkomst herkomst, String voor, String wat) {
        LOG.info("Rules admitted: bundle {} for {}, signed by {}: {}", herkomst.bundel(), voor,
                herkomst.handtekening().beschrijving(), wat);
        voegToe(Soort.TOEGELATEN, herkomst, voor, wat);
    }

    void geweigerd(Herkomst herkomst, String voor, String waarom) {
        LOG.error("Rules refused: bundle {} may not decide for {}: {} (signed by {}); other gemeenten are not affected",
                herkomst.bundel(), voor, waarom, herkomst.handtekening().beschrijving());
        voegToe(Soort.GEWEIGERD, herkomst, voor, waarom);
    }

    private void gebeurtenis(BundleEvent event) {
        Bundle bundel = event.getBundle();
        Soort soort = switch (event.getType()) {
            case BundleEvent.INSTALLED -> Soort.GEINSTALLEERD;
            case BundleEvent.UPDATED -> Soort.BIJGEWERKT;
            case BundleEvent.UNINSTALLED -> Soort.INGETROKKEN;
            default -> null;
        };
        if (soort == null || !gemeentebundel(bundel)) {
            return;
        }
        Herkomst herkomst = soort == Soort.INGETROKKEN ? laatste(bundel) : herkomst(bundel);
        if (soort == Soort.INGETROKKEN) {
            herkomsten.remove(bundel.getBundleId());
        }
        String gemeente = herkomst.gemeente().orElse("-");
        LOG.info("Rules bundle {}: {} for {}, signed by {}, from {}", soort.naam(), herkomst.bundel(), gemeente,
                herkomst.handtekening().beschrijving(), herkomst.locatie());
        voegToe(soort, herkomst, gemeente, "van " + herkomst.locatie());
    }

    /** The origin last seen of a bundle being uninstalled: its content can no longer be read. */
    private Herkomst laatste(Bundle bundel) {
        Map.Entry<Long, Herkomst> bekend = herkomsten.get(bundel.getBundleId());
        if (bekend != null) {
            return bekend.getValue();
        }
        String kop = bundel.getHeaders("").get(Herkomst.KOP);
        return new Herkomst(Bundelovergangen.naam(bundel), java.util.Optional.ofNullable(kop), bundel.getLocation(),
                Handtekening.Uitkomst.niet("niet meer te lezen"));
    }

    /** A bundle that names a gemeente, or uses the rules SPI without being one of the platform's own. */
    static boolean gemeentebundel(Bundle bundel) {
        return bundel.getHeaders("").get(Herkomst.KOP) != null || Spi.regelbundel(bundel);
    }

    private synchronized void voegToe(Soort soort, Herkomst herkomst, String gemeente, String toelichting) {
        gebeurtenissen.addLast(new Toelatingsgebeurtenis(klok.instant(), soort, herkomst.bundel(), gemeente,
                herkomst.handtekening().beschrijving(), toelichting));
        while (gebeurtenissen.size() > MAX) {
            gebeurtenissen.removeFirst();
        }
    }
}
