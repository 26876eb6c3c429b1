import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a JFR recording of an index run: where the CPU samples are.
 *
 * <pre>java bench/JfrTop.java RECORDING.jfr [TOP]</pre>
 *
 * Prints execution samples per thread; the top self (leaf) frames and packages; the top methods by inclusive
 * samples; self time charged to the nearest non-JDK caller; the pipeline stage of each indexing-thread sample (the method called by ReportIndexer.indexOne or
 * ReportAnalyzer.analyze, whichever is deepest); GC pauses; and the JVM's and the machine's CPU load.
 */
public final class JfrTop {
    static final Set<String> ORCHESTRATORS = Set.of(
            "org.reportstats.index.ReportIndexer.indexOne",
            "org.reportstats.nlp.ReportAnalyzer.analyze");

    static String name(RecordedMethod m) {
        return m.getType().getName() + "." + m.getName();
    }

    static String pkg(RecordedMethod m) {
        String t = m.getType().getName();
        int i = t.lastIndexOf('.');
        return i < 0 ? "(default)" : t.substring(0, i);
    }

    static <K> void inc(Map<K, long[]> m, K k) {
        m.computeIfAbsent(k, x -> new long[1])[0]++;
    }

    static void print(String title, Map<String, long[]> m, long total, int top) {
        System.out.println(title);
        m.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).limit(top)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %5.1f %%  %6d  %s%n", 100.0 * e.getValue()[0] / total,
                        e.getValue()[0], e.getKey()));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
        Map<String, long[]> threads = new HashMap<>();
        Map<String, long[]> self = new HashMap<>();
        Map<String, long[]> selfPkg = new HashMap<>();
        Map<String, long[]> incl = new HashMap<>();
        Map<String, long[]> stage = new HashMap<>();
        Map<String, long[]> firstOwn = new HashMap<>();
        long samples = 0;
        long workerSamples = 0;
        long truncated = 0;
        double gcPauseMs = 0;
        int gcs = 0;
        double longestPauseMs = 0;
        long maxHeapUsed = 0;
        List<double[]> cpu = new ArrayList<>();
        try (RecordingFile rf = new RecordingFile(file)) {
            while (rf.hasMoreEvents()) {
                RecordedEvent e = rf.readEvent();
                String type = e.getEventType().getName();
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        RecordedStackTrace st = e.getStackTrace();
                        if (st == null || st.getFrames().isEmpty()) {
                            continue;
                        }
                        samples++;
                        String thread = e.getThread("sampledThread") == null ? "?" : e.getThread("sampledThread").getJavaName();
                        inc(threads, thread);
                        if (st.isTruncated()) {
                            truncated++;
                        }
                        List<RecordedFrame> frames = st.getFrames(); // leaf first
                        RecordedMethod leaf = frames.get(0).getMethod();
                        inc(self, name(leaf));
                        inc(selfPkg, pkg(leaf));
                        String own = "(JDK only)";
                        for (RecordedFrame f : frames) {
                            String t = f.getMethod().getType().getName();
                            if (!t.startsWith("java.") && !t.startsWith("jdk.") && !t.startsWith("sun.")) {
                                own = name(f.getMethod());
                                break;
                            }
                        }
                        inc(firstOwn, own);
                        Set<String> seen = new HashSet<>();
                        for (RecordedFrame f : frames) {
                            String n = name(f.getMethod());
                            if (seen.add(n)) {
                                inc(incl, n);
                            }
                        }
                        if ("reportstats-index".equals(thread)) {
                            workerSamples++;
                            String s = "(outside indexOne)";
                            for (int i = frames.size() - 1; i >= 0; i--) { // root to leaf
                                if (ORCHESTRATORS.contains(name(frames.get(i).getMethod()))) {
                                    s = i == 0 ? "(self) " + name(frames.get(i).getMethod()) : name(frames.get(i - 1).getMethod());
                                }
                            }
                            inc(stage, s);
                        }
                    }
                    case "jdk.GarbageCollection" -> {
                        double ms = e.getDuration("sumOfPauses").toNanos() / 1e6;
                        gcPauseMs += ms;
                        longestPauseMs = Math.max(longestPauseMs, e.getDuration("longestPause").toNanos() / 1e6);
                        gcs++;
                    }
                    case "jdk.GCHeapSummary" -> maxHeapUsed = Math.max(maxHeapUsed, e.getLong("heapUsed"));
                    case "jdk.CPULoad" -> cpu.add(new double[] {e.getFloat("jvmUser"), e.getFloat("jvmSystem"),
                        e.getFloat("machineTotal")});
                    default -> {
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "execution samples: %d (%d truncated stacks)%n", samples, truncated);
        print("samples per thread:", threads, samples, 10);
        print("top self frames (leaf method):", self, samples, top);
        print("top self packages:", selfPkg, samples, 15);
        print("self time charged to the nearest non-JDK frame (JDK helpers such as HashMap.get count for their caller):",
                firstOwn, samples, top);
        print("top inclusive methods (on the stack):", incl, samples, top + 15);
        print("indexing-thread samples by pipeline stage (callee of ReportIndexer.indexOne / ReportAnalyzer.analyze):",
                stage, Math.max(1, workerSamples), 20);
        System.out.printf(Locale.ROOT, "GC: %d collections, %.0f ms total pause, longest %.0f ms, max heap used %.0f MB%n",
                gcs, gcPauseMs, longestPauseMs, maxHeapUsed / 1048576.0);
        if (!cpu.isEmpty()) {
            double u = 0, s = 0, m = 0;
            for (double[] c : cpu) {
                u += c[0];
                s += c[1];
                m += c[2];
            }
            int n = cpu.size();
            System.out.printf(Locale.ROOT, "CPU load (mean of %d samples, fraction of all cores): JVM user %.0f %%, JVM system %.0f %%, machine total %.0f %%%n",
                    n, 100 * u / n, 100 * s / n, 100 * m / n);
        }
    }
}
