package org.reportstats.fuzz;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Runs one fuzz test in this JVM (Jazzer fuzzes a single test per JVM): {@code FuzzLauncher Class#method}.
 * Exits 0 when it passed, 1 when it failed (a finding), so a parent test can fuzz several targets in turn.
 */
public final class FuzzLauncher {
    private FuzzLauncher() {
    }

    public static void main(String[] args) throws ClassNotFoundException {
        String[] target = args[0].split("#", 2);
        Class<?> testClass = Class.forName(target[0]);
        java.lang.reflect.Method method = java.util.Arrays.stream(testClass.getDeclaredMethods())
                .filter(m -> m.getName().equals(target[1])).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no fuzz test " + args[0]));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(testClass, method)).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        summary.getSummary().printTo(new java.io.PrintWriter(System.out, true));
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(System.out, true), 30);
        long failed = summary.getSummary().getTotalFailureCount();
        long run = summary.getSummary().getTestsSucceededCount();
        System.exit(failed == 0 && run > 0 ? 0 : 1);
    }
}
