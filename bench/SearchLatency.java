import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reportstats.index.ReportSearcher;
import org.reportstats.index.SearchRequest;
import org.reportstats.index.SearchResult;

/**
 * In-process search latency of ReportSearcher.search (query parsing, top 10, total count, event facets,
 * highlighting, stored fields), on a committed index.
 *
 * <pre>java -cp reportstats.jar bench/SearchLatency.java INDEXDIR [QUERIES] [WARMUP]</pre>
 *
 * Runs WARMUP (default 50) queries untimed, then QUERIES (default 200) timed, cycling through a fixed list of
 * shapes: term, phrase, boolean, wildcard, fuzzy, fielded, and term/empty queries filtered by event, year and
 * technology. Prints p50/p95/p99/max in ms overall and p50/p95 per shape. The index must be current (this
 * program never refreshes it).
 */
public final class SearchLatency {
    record Q(String shape, SearchRequest request) {
    }

    static SearchRequest req(String q, String event, Integer year, String tech) {
        return new SearchRequest(q, 10, Optional.ofNullable(event), Optional.ofNullable(year), Optional.ofNullable(tech),
                false, Optional.empty());
    }

    static List<Q> queries() {
        List<Q> qs = new ArrayList<>();
        String[] terms = {"kubernetes", "mesos", "helm", "istio", "containerd", "nomad", "prometheus", "lambda", "rkt",
            "envoy", "marathon", "openshift", "keynote", "momentum", "coffee", "upgrade"};
        String[] phrases = {"\"docker swarm\"", "\"fading out\"", "\"production ready\"", "\"learning curve\"",
            "\"swarm mode\"", "\"aws lambda\"", "\"real momentum\"", "\"service discovery\""};
        String[] bools = {"kubernetes AND mesos", "helm OR istio NOT linkerd", "(kubernetes OR k8s) AND NOT docker",
            "+swarm +kubernetes", "istio AND (envoy OR linkerd)", "mesos AND \"fading out\""};
        String[] wild = {"kube*", "contain*", "serverl*", "mar?thon", "kubernetis~", "promethius~"};
        String[] fielded = {"event:kubecon AND helm", "year:2017 AND rkt", "year:[2015 TO 2016] AND mesos",
            "event:dockercon AND swarm"};
        Object[][] filtered = {
            {"kubernetes", "kubecon", null, null}, {"", null, 2016, "Mesos"}, {"upgrade", null, 2018, "Kubernetes"},
            {"momentum", "KubeCon Europe 2017", null, null}, {"", "dockercon", 2017, "Docker Swarm"},
            {"production", null, null, "Istio"}, {"", "mesoscon", null, "DC/OS"}, {"*", null, 2019, "Knative"},
        };
        int n = 0;
        while (qs.size() < 300) {
            qs.add(new Q("term", req(terms[n % terms.length], null, null, null)));
            qs.add(new Q("phrase", req(phrases[n % phrases.length], null, null, null)));
            qs.add(new Q("boolean", req(bools[n % bools.length], null, null, null)));
            qs.add(new Q("wildcard/fuzzy", req(wild[n % wild.length], null, null, null)));
            qs.add(new Q("fielded", req(fielded[n % fielded.length], null, null, null)));
            Object[] f = filtered[n % filtered.length];
            qs.add(new Q("filtered", req((String) f[0], (String) f[1], (Integer) f[2], (String) f[3])));
            n++;
        }
        return qs;
    }

    static double pct(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<Q> qs = queries();
        long o0 = System.nanoTime();
        try (ReportSearcher searcher = ReportSearcher.open(index)) {
            double openMs = (System.nanoTime() - o0) / 1e6;
            long sink = 0;
            for (int i = 0; i < warmup; i++) {
                sink += searcher.search(qs.get((i * 7) % qs.size()).request()).total();
            }
            double[] all = new double[measured];
            java.util.Map<String, List<Double>> byShape = new java.util.LinkedHashMap<>();
            for (int i = 0; i < measured; i++) {
                Q q = qs.get(i % qs.size());
                long t = System.nanoTime();
                SearchResult r = searcher.search(q.request());
                double ms = (System.nanoTime() - t) / 1e6;
                sink += r.total() + r.hits().size();
                all[i] = ms;
                byShape.computeIfAbsent(q.shape(), k -> new ArrayList<>()).add(ms);
            }
            Arrays.sort(all);
            System.out.printf(Locale.ROOT, "search-latency queries=%d warmup=%d open_ms=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f (sink %d)%n",
                    measured, warmup, openMs, pct(all, 50), pct(all, 95), pct(all, 99), all[all.length - 1], sink);
            for (var e : byShape.entrySet()) {
                double[] s = e.getValue().stream().mapToDouble(Double::doubleValue).sorted().toArray();
                System.out.printf(Locale.ROOT, "search-latency shape=%s n=%d p50_ms=%.2f p95_ms=%.2f max_ms=%.2f%n",
                        e.getKey(), s.length, pct(s, 50), pct(s, 95), s[s.length - 1]);
            }
        }
    }
}
