package nl.samenspraak.muren.internal;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the resolver from wiring a gemeente bundle to anything {@link Importgrens} does not allow, and the
 * platform from wiring to a gemeente bundle. A gemeente bundle that needs a forbidden package then does not
 * resolve; the log says which bundle, for which gemeente, and why, once per bundle revision and package.
 */
@Component(service = ResolverHookFactory.class, immediate = true)
public class Resolverhaak implements ResolverHookFactory {

    private static final Logger LOG = LoggerFactory.getLogger(Resolverhaak.class);
    private static final int MAX_GEMELD = 10_000;

    private final Set<String> gemeld = ConcurrentHashMap.newKeySet();
    private Gemeentebundels gemeentebundels;

    @Activate
    void activate(BundleContext context) {
        gemeentebundels = new Gemeentebundels(deploy(context));
        LOG.info("Walls: gemeente bundles (header {} or from {}) wire only to {} and java.*", Gemeentebundels.KOP,
                deploy(context), Importgrens.PLATFORMPAKKETTEN);
    }

    static Path deploy(BundleContext context) {
        String base = context.getProperty("karaf.base");
        return base == null ? null : Path.of(base, "deploy");
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // every bundle may try: what it may wire to is filtered below
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton, Collection<BundleCapability> collisions) {
                // a gemeente bundle that names itself like a platform singleton must not displace it
                if (!gemeentebundels.ommuurd(singleton.getRevision().getBundle())) {
                    collisions.removeIf(c -> gemeentebundels.ommuurd(c.getRevision().getBundle()));
                }
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                filter(requirement, candidates);
            }

            @Override
            public void end() {
            }
        };
    }

    void filter(BundleRequirement requirement, Collection<BundleCapability> candidates) {
        Bundle vrager = requirement.getRevision().getBundle();
        boolean vragerOmmuurd = gemeentebundels.ommuurd(vrager);
        for (Iterator<BundleCapability> it = candidates.iterator(); it.hasNext();) {
            BundleCapability kandidaat = it.next();
            Bundle aanbieder = kandidaat.getRevision().getBundle();
            boolean aanbiederOmmuurd = gemeentebundels.ommuurd(aanbieder);
            if (!vragerOmmuurd && !aanbiederOmmuurd) {
                continue; // the platform among itself: the hook has no say
            }
            String naam = naam(kandidaat);
            Optional<String> waarom = Importgrens.waaromNiet(new Importgrens.Draad(requirement.getNamespace(), naam,
                    vragerOmmuurd, Gemeentebundels.gemeente(vrager).orElse(null), vrager.getBundleId(), aanbiederOmmuurd,
                    Gemeentebundels.gemeente(aanbieder).orElse(null), aanbieder.getBundleId(),
                    aanbieder.getSymbolicName() + " " + aanbieder.getVersion()));
            if (waarom.isPresent()) {
                it.remove();
                meld(vrager, vragerOmmuurd, requirement.getNamespace(), naam, waarom.get());
            }
        }
    }

    private void meld(Bundle vrager, boolean ommuurd, String namespace, String naam, String waarom) {
        if (gemeld.size() > MAX_GEMELD) {
            gemeld.clear();
        }
        if (gemeld.add(vrager.getBundleId() + ":" + vrager.getLastModified() + ":" + namespace + ":" + naam)) {
            if (ommuurd) {
                LOG.error("Wall: gemeente bundle {} is not wired to {}: {}; a bundle that needs it does not resolve",
                        Gemeentebundels.naam(vrager), naam, waarom);
            } else {
                LOG.warn("Wall: {} {} is not wired to {}: {}", vrager.getSymbolicName(), vrager.getVersion(), naam, waarom);
            }
        }
    }

    private static String naam(BundleCapability capability) {
        Object naam = capability.getAttributes().get(capability.getNamespace());
        return naam == null ? capability.getNamespace() : naam.toString();
    }
}
