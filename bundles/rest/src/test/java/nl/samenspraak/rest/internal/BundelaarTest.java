package nl.samenspraak.rest.internal;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Test;

public class BundelaarTest {

    private static final long MS = 1_000_000;

    private final AtomicInteger runs = new AtomicInteger();
    private long nu;
    /** A real executor that never runs a task by itself: the test says when the time has come. */
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<Plan> plannen = new ArrayList<>();

    private record Plan(long wanneer, ScheduledFuture<?> future, Runnable taak) {
    }

    private final ScheduledExecutorService planner = (ScheduledExecutorService) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] { ScheduledExecutorService.class }, (proxy, method, args) -> {
                if (!method.getName().equals("schedule")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                Runnable taak = (Runnable) args[0];
                long wacht = ((TimeUnit) args[2]).toNanos((Long) args[1]);
                ScheduledFuture<?> future = executor.schedule(() -> { }, 1, TimeUnit.HOURS);
                plannen.add(new Plan(nu + wacht, future, taak));
                return future;
            });

    private final Bundelaar bundelaar = new Bundelaar(planner, runs::incrementAndGet, 50, 1_000, () -> nu);

    @After
    public void stop() {
        executor.shutdownNow();
    }

    /** Moves the clock and runs every planned task that is due and not cancelled. */
    private void tijd(long ms) {
        nu += ms * MS;
        for (Plan plan : List.copyOf(plannen)) {
            if (plan.wanneer() <= nu && !plan.future().isCancelled() && plannen.remove(plan)) {
                plan.taak().run();
            }
        }
    }

    private void vraagElke20Ms(int keer) {
        for (int i = 0; i < keer; i++) {
            bundelaar.vraag();
            tijd(20);
        }
    }

    @Test
    public void aBurstOfRequestsRunsTheTaskOnceWhenItIsOver() {
        vraagElke20Ms(19);
        assertEquals(0, runs.get());
        tijd(50);
        assertEquals(1, runs.get());
        tijd(5_000);
        assertEquals(1, runs.get());
    }

    @Test
    public void anEndlessBurstStillRunsTheTaskAfterTheLongestWait() {
        vraagElke20Ms(49);
        assertEquals(0, runs.get());
        bundelaar.vraag();
        tijd(20);
        assertEquals("1 s after the first request", 1, runs.get());
    }

    @Test
    public void aRequestAfterTheRunPlansAnotherRun() {
        bundelaar.vraag();
        tijd(50);
        bundelaar.vraag();
        tijd(50);
        assertEquals(2, runs.get());
    }
}
