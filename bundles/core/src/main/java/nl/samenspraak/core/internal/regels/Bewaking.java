package nl.samenspraak.core.internal.regels;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import nl.samenspraak.rules.Regels;
import nl.samenspraak.rules.RegelsOnbruikbaarException;

/**
 * Guards every call into a gemeente's rules: the call runs on a bounded pool of threads, at most
 * {@code gelijktijdig} at a time for the same rules (so a hanging bundle holds a few threads, never all), and
 * is bounded by {@code antwoordtijd}. An exception, a {@code null} answer or no answer in time becomes a
 * {@link RegelsOnbruikbaarException} naming the gemeente, bundle and version: only that request fails.
 */
final class Bewaking {

    private static final Logger LOG = LoggerFactory.getLogger(Bewaking.class);

    private final ThreadPoolExecutor draden;
    /** Per rules key (a gemeente's code, or {@code model}): the calls that may run at the same time. */
    private volatile Map<String, Semaphore> plaatsen = new ConcurrentHashMap<>();
    private volatile int gelijktijdig;
    private volatile long antwoordtijdMillis;

    Bewaking(long antwoordtijdMillis, int gelijktijdig, int draden) {
        AtomicInteger nummer = new AtomicInteger();
        ThreadFactory factory = taak -> {
            Thread draad = new Thread(taak, "samenspraak-regels-" + nummer.incrementAndGet());
            draad.setDaemon(true);
            return draad;
        };
        // no queue: a call gets a thread at once or is refused; idle threads end after a while
        this.draden = new ThreadPoolExecutor(0, Math.max(1, draden), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                factory);
        configureer(antwoordtijdMillis, gelijktijdig, draden);
    }

    void configureer(long antwoordtijdMillis, int gelijktijdig, int draden) {
        this.antwoordtijdMillis = Math.max(1, antwoordtijdMillis);
        if (gelijktijdig != this.gelijktijdig) {
            // calls in progress give their place back to the semaphore they took it from
            this.gelijktijdig = Math.max(1, gelijktijdig);
            this.plaatsen = new ConcurrentHashMap<>();
        }
        this.draden.setMaximumPoolSize(Math.max(1, draden));
    }

    void stop() {
        draden.shutdownNow();
    }

    /** The rules of {@code aanbod} behind a guard, for a request of {@code gemeente}. */
    <T extends Regels> T bewaak(Class<T> soort, Aanbod aanbod, String gemeente) {
        return soort.cast(Proxy.newProxyInstance(soort.getClassLoader(), new Class<?>[] { soort },
                new Wacht(aanbod, gemeente)));
    }

    private final class Wacht implements InvocationHandler {
        private final Aanbod aanbod;
        private final String gemeente;

        Wacht(Aanbod aanbod, String gemeente) {
            this.aanbod = aanbod;
            this.gemeente = gemeente;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> "bewaakte regels voor " + gemeente + " uit " + aanbod.bundel() + " " + aanbod.versie();
                };
            }
            // read once when the service registered: no need to ask the bundle again
            if (method.getParameterCount() == 0 && method.getName().equals("info")) {
                return aanbod.info();
            }
            if (method.getParameterCount() == 0 && aanbod.sleutel().isPresent()
                    && (method.getName().equals("regeling") || method.getName().equals("proces"))) {
                return aanbod.sleutel().get();
            }
            return roep(method, args);
        }

        private Object roep(Method method, Object[] args) {
            long antwoordtijd = antwoordtijdMillis;
            long tot = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(antwoordtijd);
            Semaphore plaats = plaatsen.computeIfAbsent(aanbod.voor(), k -> new Semaphore(gelijktijdig));
            try {
                if (!plaats.tryAcquire(antwoordtijd, TimeUnit.MILLISECONDS)) {
                    throw onbruikbaar(method, "al " + gelijktijdig + " eerdere aanroepen wachten nog op antwoord", null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw onbruikbaar(method, "het wachten werd onderbroken", e);
            }
            // the place is given back when the thread is really done with the call, not when we stop waiting
            FutureTask<Object> taak = new FutureTask<>(() -> method.invoke(aanbod.regels(), args)) {
                @Override
                public void run() {
                    try {
                        super.run();
                    } finally {
                        plaats.release();
                    }
                }
            };
            try {
                draden.execute(taak);
            } catch (RejectedExecutionException e) {
                plaats.release();
                throw onbruikbaar(method, "het platform heeft geen thread vrij voor regels (" + draden.getMaximumPoolSize()
                        + " in gebruik)", e);
            }
            try {
                Object antwoord = taak.get(Math.max(0, tot - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (antwoord == null && method.getReturnType() != void.class) {
                    throw onbruikbaar(method, "antwoordde null", null);
                }
                return antwoord;
            } catch (TimeoutException e) {
                taak.cancel(true);
                throw onbruikbaar(method, "antwoordde niet binnen " + antwoordtijd + " ms", null);
            } catch (ExecutionException e) {
                Throwable oorzaak = e.getCause() instanceof InvocationTargetException i ? i.getCause() : e.getCause();
                throw onbruikbaar(method, "faalde met " + oorzaak.getClass().getName(), oorzaak);
            } catch (InterruptedException e) {
                taak.cancel(true);
                Thread.currentThread().interrupt();
                throw onbruikbaar(method, "het wachten werd onderbroken", e);
            }
        }

        private RegelsOnbruikbaarException onbruikbaar(Method method, String waarom, Throwable oorzaak) {
            RegelsOnbruikbaarException fout = new RegelsOnbruikbaarException(gemeente, aanbod.bundel(), aanbod.versie(),
                    method.getName() + "() " + waarom, oorzaak);
            LOG.warn("{}", fout.getMessage(), oorzaak);
            return fout;
        }
    }
}
