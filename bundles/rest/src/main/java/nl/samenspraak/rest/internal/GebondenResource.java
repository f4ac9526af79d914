package nl.samenspraak.rest.internal;

import java.util.concurrent.TimeUnit;

import javax.ws.rs.ServiceUnavailableException;

import org.apache.cxf.jaxrs.lifecycle.ResourceProvider;
import org.apache.cxf.message.Message;

/**
 * The resource component of one class that the API server publishes: each request takes the instance bound now.
 * When the component is replaced (its service unregistered and registered again, as SCR does when a static
 * reference of it changes) the server stays as it is and a request in the gap waits for the new instance,
 * instead of the whole API answering 404 while it is rebuilt.
 */
final class GebondenResource implements ResourceProvider {

    /** How long a request waits for a resource that went away; then 503 with {@link #OPNIEUW_NA_SECONDEN}. */
    static final long WACHTTIJD_MS = 15_000;
    static final long OPNIEUW_NA_SECONDEN = 5;

    private final Class<?> soort;
    private volatile Object instantie;
    private int wachtend;

    GebondenResource(Class<?> soort) {
        this.soort = soort;
    }

    synchronized void bind(Object resource) {
        instantie = resource;
        notifyAll();
    }

    /** Forgets {@code resource} if it is the one bound; a newer instance bound in the meantime stays. */
    synchronized void unbind(Object resource) {
        if (instantie == resource) {
            instantie = null;
        }
    }

    boolean gebonden() {
        return instantie != null;
    }

    /** Whether a request is waiting for an instance now (for tests). */
    synchronized boolean wachtendeVerzoeken() {
        return wachtend > 0;
    }

    @Override
    public Object getInstance(Message message) {
        Object resource = instantie;
        return resource != null ? resource : wacht(WACHTTIJD_MS);
    }

    synchronized Object wacht(long ms) {
        long einde = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ms);
        wachtend++;
        try {
            for (long over = ms; instantie == null && over > 0; over = TimeUnit.NANOSECONDS.toMillis(einde - System.nanoTime())) {
                wait(over);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            wachtend--;
        }
        if (instantie == null) {
            throw new ServiceUnavailableException("Dit deel van de API start opnieuw; probeer het over enkele seconden nog eens",
                    OPNIEUW_NA_SECONDEN);
        }
        return instantie;
    }

    @Override
    public void releaseInstance(Message message, Object resource) {
        // instances are DS components: SCR owns their life cycle
    }

    @Override
    public Class<?> getResourceClass() {
        return soort;
    }

    @Override
    public boolean isSingleton() {
        return true;
    }
}
