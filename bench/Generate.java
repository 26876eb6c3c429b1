import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic, deterministic corpus of conference trip reports for benchmarking.
 *
 * <pre>java bench/Generate.java OUTDIR SIZE_MB [SEED]</pre>
 *
 * SIZE_MB is in decimal megabytes (10^6 bytes); generation stops at the first file that reaches the size.
 * Files are 5–40 KB, in .txt (title line), .md (YAML front matter) and .html (title, meta tags, navigation,
 * script and style noise), 500 per subfolder (part-000, part-001, …). File i depends only on (SEED, i), so the
 * same seed gives byte-identical output, and a smaller corpus is a prefix of a larger one.
 */
public final class Generate {
    static final int FILES_PER_DIR = 500;
    static final int MIN_BYTES = 5_000;
    static final int MAX_BYTES = 40_000;

    // ---------------------------------------------------------------- events
    record Ev(String name, String shortName, String slug, String city, String country, int year, int month, int day) {
    }

    static final Ev[] EVENTS = {
        new Ev("DockerCon 2015", "DockerCon", "dockercon", "San Francisco", "CA", 2015, 6, 22),
        new Ev("DockerCon Europe 2015", "DockerCon EU", "dockercon-eu", "Barcelona", "Spain", 2015, 11, 16),
        new Ev("DockerCon 2016", "DockerCon", "dockercon", "Seattle", "WA", 2016, 6, 19),
        new Ev("DockerCon 2017", "DockerCon", "dockercon", "Austin", "TX", 2017, 4, 17),
        new Ev("DockerCon Europe 2017", "DockerCon EU", "dockercon-eu", "Copenhagen", "Denmark", 2017, 10, 16),
        new Ev("DockerCon 2018", "DockerCon", "dockercon", "San Francisco", "CA", 2018, 6, 12),
        new Ev("DockerCon Europe 2018", "DockerCon EU", "dockercon-eu", "Barcelona", "Spain", 2018, 12, 3),
        new Ev("DockerCon 2019", "DockerCon", "dockercon", "San Francisco", "CA", 2019, 4, 29),
        new Ev("KubeCon North America 2015", "KubeCon", "kubecon", "San Francisco", "CA", 2015, 11, 9),
        new Ev("KubeCon Europe 2016", "KubeCon EU", "kubecon-eu", "London", "UK", 2016, 3, 10),
        new Ev("KubeCon North America 2016", "KubeCon", "kubecon-na", "Seattle", "WA", 2016, 11, 8),
        new Ev("KubeCon Europe 2017", "KubeCon EU", "kubecon-eu", "Berlin", "Germany", 2017, 3, 29),
        new Ev("KubeCon North America 2017", "KubeCon", "kubecon-na", "Austin", "TX", 2017, 12, 6),
        new Ev("KubeCon Europe 2018", "KubeCon EU", "kubecon-eu", "Copenhagen", "Denmark", 2018, 5, 2),
        new Ev("KubeCon North America 2018", "KubeCon", "kubecon-na", "Seattle", "WA", 2018, 12, 11),
        new Ev("KubeCon Europe 2019", "KubeCon EU", "kubecon-eu", "Barcelona", "Spain", 2019, 5, 20),
        new Ev("KubeCon North America 2019", "KubeCon", "kubecon-na", "San Diego", "CA", 2019, 11, 18),
        new Ev("MesosCon 2015", "MesosCon", "mesoscon", "Seattle", "WA", 2015, 8, 20),
        new Ev("MesosCon Europe 2015", "MesosCon EU", "mesoscon-eu", "Dublin", "Ireland", 2015, 10, 8),
        new Ev("MesosCon 2016", "MesosCon", "mesoscon", "Denver", "CO", 2016, 6, 1),
        new Ev("MesosCon Europe 2016", "MesosCon EU", "mesoscon-eu", "Amsterdam", "Netherlands", 2016, 8, 31),
        new Ev("MesosCon 2017", "MesosCon", "mesoscon", "Los Angeles", "CA", 2017, 9, 13),
        new Ev("MesosCon Europe 2017", "MesosCon EU", "mesoscon-eu", "Prague", "Czech Republic", 2017, 10, 25),
        new Ev("MesosCon 2018", "MesosCon", "mesoscon", "San Francisco", "CA", 2018, 11, 5),
        new Ev("ServerlessConf 2016", "ServerlessConf", "serverlessconf", "New York", "NY", 2016, 5, 26),
        new Ev("ServerlessConf 2017", "ServerlessConf", "serverlessconf", "Austin", "TX", 2017, 4, 26),
        new Ev("ServerlessConf 2018", "ServerlessConf", "serverlessconf", "San Francisco", "CA", 2018, 7, 31),
        new Ev("ServerlessConf 2019", "ServerlessConf", "serverlessconf", "Tokyo", "Japan", 2019, 10, 10),
    };

    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    static final String[] FIRST = {"Jonas", "Lena", "Priya", "Tom", "Marta", "Kenji", "Aisha", "Lucas", "Sofia",
        "Mateo", "Ingrid", "Ravi", "Chen", "Olga", "Pierre", "Fatima", "Henrik", "Elif", "Tomasz", "Jana", "Benedikt",
        "Amara", "Diego", "Hannah", "Yusuf", "Nina", "Oskar", "Mei", "Samuel", "Zofia", "Arjun", "Clara"};
    static final String[] LAST = {"Berg", "Vogel", "Raman", "Okafor", "Lindqvist", "Tanaka", "Haddad", "Moreau",
        "Rossi", "Fernandez", "Aalto", "Sahin", "Wierzbicki", "Horakova", "Hauser", "Nakamura", "Kowalski", "Novak",
        "Jensen", "Dubois", "Schmidt", "Osei", "Petrov", "Costa", "Iyer", "Kaur", "Larsen", "Brennan", "Weber", "Silva"};

    // ---------------------------------------------------------------- technologies
    /** name, weight by year 2015..2019 (relative popularity, so that trends move). */
    record Tech(String name, int[] w) {
    }

    static final Tech[] ORCH = {
        new Tech("Kubernetes", new int[] {20, 35, 55, 70, 80}),
        new Tech("K8s", new int[] {2, 5, 10, 14, 16}),
        new Tech("Mesos", new int[] {30, 25, 15, 8, 4}),
        new Tech("Apache Mesos", new int[] {6, 5, 3, 2, 1}),
        new Tech("DC/OS", new int[] {5, 14, 12, 6, 2}),
        new Tech("Marathon", new int[] {12, 10, 6, 3, 1}),
        new Tech("Docker Swarm", new int[] {18, 20, 12, 6, 3}),
        new Tech("swarm mode", new int[] {0, 10, 8, 4, 2}),
        new Tech("Nomad", new int[] {3, 4, 5, 5, 5}),
        new Tech("OpenShift", new int[] {4, 6, 8, 9, 10}),
        new Tech("Rancher", new int[] {3, 5, 6, 6, 5}),
        new Tech("ECS", new int[] {4, 5, 5, 4, 3}),
    };
    static final Tech[] RUNTIME = {
        new Tech("Docker", new int[] {40, 35, 30, 25, 20}),
        new Tech("containerd", new int[] {1, 4, 10, 14, 16}),
        new Tech("rkt", new int[] {8, 10, 6, 2, 1}),
        new Tech("runC", new int[] {4, 6, 6, 5, 5}),
        new Tech("CRI-O", new int[] {0, 2, 5, 8, 9}),
        new Tech("gVisor", new int[] {0, 0, 0, 5, 5}),
        new Tech("Kata Containers", new int[] {0, 0, 2, 5, 5}),
    };
    static final Tech[] TOOLS = {
        new Tech("Helm", new int[] {1, 8, 14, 16, 16}),
        new Tech("Istio", new int[] {0, 0, 10, 18, 16}),
        new Tech("Linkerd", new int[] {2, 6, 8, 8, 8}),
        new Tech("Envoy", new int[] {0, 3, 8, 12, 12}),
        new Tech("Prometheus", new int[] {4, 10, 14, 16, 16}),
        new Tech("Grafana", new int[] {4, 6, 8, 8, 8}),
        new Tech("etcd", new int[] {6, 6, 6, 6, 6}),
        new Tech("Terraform", new int[] {4, 6, 8, 9, 9}),
        new Tech("Ansible", new int[] {8, 7, 6, 5, 5}),
        new Tech("Jenkins", new int[] {8, 8, 7, 6, 5}),
        new Tech("Fluentd", new int[] {2, 4, 5, 5, 5}),
        new Tech("Jaeger", new int[] {0, 1, 4, 6, 6}),
        new Tech("Spinnaker", new int[] {1, 3, 4, 4, 4}),
        new Tech("CoreDNS", new int[] {0, 1, 3, 5, 5}),
        new Tech("Calico", new int[] {2, 4, 5, 5, 5}),
        new Tech("Flannel", new int[] {3, 4, 3, 2, 2}),
    };
    static final Tech[] SERVERLESS = {
        new Tech("AWS Lambda", new int[] {10, 14, 14, 14, 12}),
        new Tech("Knative", new int[] {0, 0, 0, 8, 10}),
        new Tech("OpenWhisk", new int[] {2, 5, 5, 4, 3}),
        new Tech("OpenFaaS", new int[] {0, 1, 5, 6, 6}),
        new Tech("Azure Functions", new int[] {0, 5, 6, 6, 6}),
        new Tech("Google Cloud Functions", new int[] {0, 3, 5, 5, 5}),
        new Tech("Fission", new int[] {0, 1, 3, 3, 2}),
    };
    static final Tech[] CLOUD = {
        new Tech("AWS", new int[] {10, 10, 10, 10, 10}),
        new Tech("GKE", new int[] {1, 4, 6, 8, 8}),
        new Tech("EKS", new int[] {0, 0, 1, 6, 8}),
        new Tech("AKS", new int[] {0, 0, 1, 5, 7}),
        new Tech("Google Cloud", new int[] {5, 6, 6, 6, 6}),
        new Tech("Azure", new int[] {4, 5, 6, 7, 7}),
    };

    // ---------------------------------------------------------------- phrase material
    static final String[] POS_ADJ = {"mature", "stable", "production ready", "battle-tested", "easy to operate",
        "pleasant to use", "well documented", "fast", "reliable", "impressive", "elegant", "boring in the good sense",
        "solid", "surprisingly polished"};
    static final String[] NEG_ADJ = {"fragile", "immature", "painful to upgrade", "hard to debug", "overkill",
        "confusing", "bleeding edge", "steep to learn", "slow", "a lock-in risk", "buggy", "half-finished",
        "a bazooka to shoot a fly", "poorly documented"};
    static final String[] HEDGES = {"apparently", "probably", "it seems", "as far as I can tell", "arguably",
        "to be fair", "honestly", "in my experience", "if the hallway is any guide", "for now"};
    static final String[] TOPICS = {"networking", "storage", "observability", "security", "multi-tenancy",
        "upgrades", "scheduling", "autoscaling", "service discovery", "secrets management", "logging", "tracing",
        "CI/CD", "stateful workloads", "cost control", "developer experience", "on-call", "chaos engineering",
        "GPU workloads", "edge computing", "batch jobs", "image builds", "policy", "backups", "disaster recovery"};
    static final String[] INDUSTRY = {"payments", "insurance", "furniture retail", "logistics", "mobility",
        "telecom", "media", "gaming", "banking", "travel", "healthcare", "e-commerce", "energy", "public sector",
        "food delivery", "advertising", "automotive", "education"};
    static final String[] ROLE = {"platform engineer", "SRE", "staff engineer", "CTO", "developer advocate",
        "product manager", "engineering manager", "infrastructure lead", "principal architect", "maintainer"};
    static final String[] PLACES = {"expo hall", "hallway", "keynote room", "lunch queue", "sponsor booths",
        "after-party", "speaker lounge", "coffee line", "badge pickup", "main stage", "breakout room"};
    static final String[] THINGS = {"coffee", "wifi", "venue", "schedule", "swag", "lunch", "air conditioning",
        "signage", "app", "keynote", "badge", "queue", "hotel", "shuttle", "stickers"};
    static final String[] GOOD = {"excellent", "decent", "great", "fine", "better than last year", "surprisingly good",
        "solid", "generous"};
    static final String[] BAD = {"terrible", "mediocre", "patchy", "awful", "worse than last year", "overcrowded",
        "chaotic", "cold"};
    static final String[] NUMS = {"two", "three", "four", "five", "six", "a dozen", "twenty", "forty", "a hundred"};
    static final String[] UNITS = {"services", "clusters", "nodes", "teams", "engineers", "pods", "namespaces",
        "releases", "incidents", "microservices"};
    static final String[] VERBS = {"migrated", "rebuilt", "split", "containerized", "automated", "retired",
        "consolidated", "moved", "benchmarked", "simplified"};
    static final String[] COMMON = ("the of and to a in that is was it for on with as at by this from be have "
        + "not are but or an they which you one we all there their has been more when will would who so if out up "
        + "about into than them can only other new some could time these two may then do first any my now such like "
        + "our over also did many before must through back years where much your way well down should because each "
        + "just those people how too little state good very make world still own see men work long get here between "
        + "both life being under never day same another know while last might us great old year off come since "
        + "against go came right used take three himself few house use during without again place around however "
        + "home small found thought went say part once general high upon school every does got united left number "
        + "course war until always away something fact though water less public put think almost hand enough far "
        + "took head yet government system better set told nothing night end why called didn eyes find going look "
        + "asked later knew point next program city business give group toward young days let room president side "
        + "social given present several order national possible rather second face per among form important often "
        + "things looked early white case john become large big need four within felt along children saw best "
        + "church ever least power development light thing seemed family interest want members mind country area "
        + "others done turned although open problem sense began help means whole matter perhaps itself york times "
        + "human law line above name example action company hands local show whether five history gave today either "
        + "act feet across taken past quite anything seen having death experience body word half really week free "
        + "field car words order cluster release roadmap tooling vendor demo slide talk speaker audience question "
        + "answer booth badge workshop tutorial meetup community maintainer contributor upstream downstream patch "
        + "latency throughput outage pager dashboard alert metric trace log config manifest chart operator "
        + "controller scheduler kernel namespace volume ingress gateway proxy sidecar mesh registry image layer build "
        + "pipeline deploy rollout rollback canary blue green migration pilot budget licence support contract").split(" ");
    static final String[] SYL = {"ka", "lo", "mi", "ren", "tas", "vor", "zel", "qui", "bra", "dun", "fex", "gor",
        "hal", "jin", "kep", "lum", "nox", "pra", "sil", "tor", "ul", "vek", "wyn", "yo", "zar", "cor", "dex", "el"};

    // ---------------------------------------------------------------- state per file
    private final Random r;
    private final Ev ev;
    private final int yearIdx;
    private final String author;
    private final StringBuilder sb = new StringBuilder(48_000);

    Generate(long seed, int index) {
        this.r = new Random(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 17);
        this.ev = EVENTS[r.nextInt(EVENTS.length)];
        this.yearIdx = Math.max(0, Math.min(4, ev.year - 2015));
        this.author = FIRST[r.nextInt(FIRST.length)] + " " + LAST[r.nextInt(LAST.length)];
    }

    String pick(String[] a) {
        return a[r.nextInt(a.length)];
    }

    String tech(Tech[] pool) {
        int total = 0;
        for (Tech t : pool) {
            total += t.w[yearIdx] + 1;
        }
        int x = r.nextInt(total);
        for (Tech t : pool) {
            x -= t.w[yearIdx] + 1;
            if (x < 0) {
                return t.name;
            }
        }
        return pool[0].name;
    }

    Tech[] pool() {
        int p = r.nextInt(100);
        if (p < 45) {
            return ORCH;
        } else if (p < 65) {
            return RUNTIME;
        } else if (p < 85) {
            return TOOLS;
        } else if (p < 94) {
            return SERVERLESS;
        }
        return CLOUD;
    }

    /** Two different technologies, usually from the same rivalry pool. */
    String[] two() {
        Tech[] p = pool();
        String a = tech(p);
        String b = tech(p);
        for (int i = 0; i < 5 && b.equals(a); i++) {
            b = tech(p);
        }
        if (b.equals(a)) {
            b = a.equals("Kubernetes") ? "Mesos" : "Kubernetes";
        }
        return new String[] {a, b};
    }

    String person() {
        return pick(FIRST) + " " + pick(LAST);
    }

    /** A pseudo-word (product, team or place names): a long tail of rare terms, like real prose has. */
    String rare() {
        int n = 2 + r.nextInt(2);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n; i++) {
            w.append(pick(SYL));
        }
        return w.toString();
    }

    /** "a" or "an" followed by the word. */
    static String a(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    String opinion() {
        String[] t = two();
        String a = t[0];
        String b = t[1];
        String h = pick(HEDGES);
        switch (r.nextInt(34)) {
            case 0: return a + " is winning while " + b + " is fading out.";
            case 1: return "Compared to " + a + ", " + b + " is far easier to set up and operate.";
            case 2: return "I don't think " + a + " is dead, but its momentum is clearly gone.";
            case 3: return cap(h) + ", " + a + " is " + pick(POS_ADJ) + " now, although the learning curve is still steep.";
            case 4: return "We replaced " + a + " with " + b + " last quarter, and nobody on the team misses it.";
            case 5: return "Unlike " + a + ", " + b + " has real momentum in the community.";
            case 6: return "If " + a + " fixes its upgrade story, it could still matter in two years.";
            case 7: return "I did not meet a single person in the " + pick(PLACES) + " who runs " + a + " in production.";
            case 8: return a + " seems " + pick(NEG_ADJ) + " to me, but " + b + " is " + pick(POS_ADJ) + ".";
            case 9: return "Everyone I talked to has moved from " + a + " to " + b + ", or is planning to.";
            case 10: return a + " is not " + pick(POS_ADJ) + " yet, whatever the vendor slides say.";
            case 11: return "Honestly, " + a + " is " + pick(NEG_ADJ) + " and I would not bet a company on it.";
            case 12: return a + " is ahead of " + b + " on " + pick(TOPICS) + ", and the gap is growing.";
            case 13: return "Our " + a + " cluster has been " + pick(POS_ADJ) + " for a year; I see no reason to touch it.";
            case 14: return "The " + a + " talk on " + pick(TOPICS) + " was packed, people sat on the floor.";
            case 15: return "Nobody asked about " + a + " this year, which says a lot.";
            case 16: return a + " would eat " + b + " if it ever solved " + pick(TOPICS) + ".";
            case 17: return "It appears that " + a + " is " + pick(POS_ADJ) + ", though I have not tried it myself.";
            case 18: return "Despite the hype, " + a + " is " + pick(NEG_ADJ) + " for teams our size.";
            case 19: return a + ", not " + b + ", is what the big customers are asking for.";
            case 20: return "The " + a + " booth was empty most of the time, while the " + b + " booth had a queue.";
            case 21: return "I love " + a + ", but " + b + " is where the jobs are.";
            case 22: return a + " beat " + b + " in every benchmark they showed, which I take with a grain of salt.";
            case 23: return "Running " + a + " on top of " + b + " is " + pick(NEG_ADJ) + ", and the speaker admitted it.";
            case 24: return "There is a lot of traction behind " + a + ", and the tail winds are obvious.";
            case 25: return "Unless " + a + " gets a proper release process, it will stay a niche.";
            case 26: return "My reading is that " + a + " has mind-share while " + b + " has the better technology.";
            case 27: return "The " + a + " maintainers were " + pick(GOOD) + " in the Q&A, refreshingly honest.";
            case 28: return "We use " + a + " for " + pick(TOPICS) + " and " + b + " for everything else.";
            case 29: return a + " still feels " + pick(NEG_ADJ) + "; " + b + " does not.";
            case 30: return "Hardly anyone mentioned " + a + " except to say that " + b + " replaced it.";
            case 31: return "The vendor claimed " + a + " is " + pick(POS_ADJ) + ", yet the demo crashed twice.";
            case 32: return a + " (and to some extent " + b + ") dominated the " + pick(PLACES) + " conversations.";
            default: return "Is " + a + " really better than " + b + "? I am not convinced.";
        }
    }

    String neutral() {
        switch (r.nextInt(22)) {
            case 0: return "The " + pick(THINGS) + " was " + pick(GOOD) + " and the " + pick(THINGS) + " was " + pick(BAD) + ".";
            case 1: return person() + ", " + pick(ROLE) + " at " + a(pick(INDUSTRY)) + " company, talked about "
                    + pick(TOPICS) + " and " + pick(TOPICS) + ".";
            case 2: return "Lunch was served in the " + pick(PLACES) + ", and the queue took about " + (5 + r.nextInt(40)) + " minutes.";
            case 3: return "We run " + pick(NUMS) + " " + pick(UNITS) + " for " + a(pick(INDUSTRY)) + " company, so scale is not our problem.";
            case 4: return "Last year we " + pick(VERBS) + " " + pick(NUMS) + " " + pick(UNITS) + ", mostly by hand.";
            case 5: return "The organizers said about " + (500 + r.nextInt(12000)) + " people had registered.";
            case 6: return "Session " + (1 + r.nextInt(200)) + " covered " + pick(TOPICS) + " at " + cap(rare()) + ", "
                    + a(pick(INDUSTRY)) + " start-up from " + EVENTS[r.nextInt(EVENTS.length)].city + ".";
            case 7: return "My notes from the " + pick(TOPICS) + " track are below, roughly in the order I attended.";
            case 8: return "Slides and recordings should be online within a week or two.";
            case 9: return "I spent most of the afternoon in the " + pick(PLACES) + " talking to people about " + pick(TOPICS) + ".";
            case 10: return "Their " + cap(rare()) + " project handles " + pick(TOPICS) + " for " + pick(NUMS) + " " + pick(UNITS) + ".";
            case 11: return "Version " + (1 + r.nextInt(3)) + "." + r.nextInt(20) + " shipped the week before, with changes to "
                    + pick(TOPICS) + ".";
            case 12: {
                StringBuilder s = new StringBuilder(cap(pick(COMMON)));
                int n = 8 + r.nextInt(18);
                for (int i = 0; i < n; i++) {
                    s.append(' ').append(r.nextInt(12) == 0 ? rare() : pick(COMMON));
                }
                return s.append('.').toString();
            }
            case 13: return "A team from " + cap(rare()) + " showed how they handle " + pick(TOPICS) + " with a homegrown tool called "
                    + cap(rare()) + ".";
            case 14: return "The " + pick(THINGS) + " at " + ev.city + " deserves a mention: " + pick(BAD) + " on day one, "
                    + pick(GOOD) + " on day two.";
            case 15: return "I had dinner with " + person() + " and " + person() + ", who both work on " + pick(TOPICS) + ".";
            case 16: return "The workshop on " + pick(TOPICS) + " needed a laptop, a GitHub account and patience.";
            case 17: return "Our team is " + pick(NUMS) + " people, and we are hiring.";
            case 18: return "The keynote started " + (5 + r.nextInt(25)) + " minutes late because the projector refused to cooperate.";
            case 19: return "Some context: my team runs " + pick(NUMS) + " " + pick(UNITS) + " across " + pick(NUMS)
                    + " data centres.";
            case 20: return "I took " + (3 + r.nextInt(40)) + " pages of notes and drank too much coffee.";
            default: return "Questions at the end were mostly about " + pick(TOPICS) + ", which tells you where the pain is.";
        }
    }

    String sentence() {
        int p = r.nextInt(100);
        if (p < 45) {
            return opinion();
        }
        return neutral();
    }

    String paragraph() {
        StringBuilder p = new StringBuilder();
        int n = 3 + r.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                p.append(' ');
            }
            p.append(sentence());
        }
        return p.toString();
    }

    String heading() {
        switch (r.nextInt(8)) {
            case 0: return "Keynotes";
            case 1: return "Breakout sessions";
            case 2: return "Hallway track";
            case 3: return "The venue and the mood";
            case 4: return "What this means for us";
            case 5: return "Takeaways";
            case 6: return "The " + cap(pick(TOPICS)) + " track";
            default: return cap(rare()) + " and " + pick(TOPICS);
        }
    }

    String title() {
        switch (r.nextInt(7)) {
            case 0: return ev.name + " – " + ev.city + ": a personal report";
            case 1: return "Notes from " + ev.name;
            case 2: return ev.name + " recap";
            case 3: return "What I learned at " + ev.name;
            case 4: return ev.name + " in " + ev.city;
            case 5: return ev.shortName + " " + ev.year + " – " + ev.city;
            default: return ev.city + " " + ev.year + ": " + ev.shortName + " and the " + pick(TOPICS) + " question";
        }
    }

    String isoDate() {
        int day = Math.min(28, ev.day + r.nextInt(8));
        return String.format(Locale.ROOT, "%04d-%02d-%02d", ev.year, ev.month, day);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---------------------------------------------------------------- formats
    String txt(int target) {
        sb.setLength(0);
        sb.append(title()).append('\n');
        sb.append(author).append(", ").append(MONTHS[ev.month - 1]).append(' ').append(ev.year).append("\n\n");
        while (sb.length() < target) {
            if (r.nextInt(6) == 0) {
                sb.append(heading().toUpperCase(Locale.ROOT)).append("\n\n");
            }
            sb.append(paragraph()).append("\n\n");
        }
        sb.append("-- ").append(author).append('\n');
        return sb.toString();
    }

    String md(int target) {
        sb.setLength(0);
        sb.append("---\n");
        sb.append("title: \"").append(title()).append("\"\n");
        sb.append("event: ").append(ev.name).append('\n');
        sb.append("date: ").append(isoDate()).append('\n');
        sb.append("location: ").append(ev.city).append(", ").append(ev.country).append('\n');
        sb.append("author: ").append(author).append('\n');
        sb.append("---\n\n");
        while (sb.length() < target) {
            int k = r.nextInt(12);
            if (k == 0) {
                sb.append("## ").append(heading()).append("\n\n");
            } else if (k == 1) {
                int n = 2 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append("- ").append(sentence()).append('\n');
                }
                sb.append('\n');
            } else if (k == 2 && r.nextInt(3) == 0) {
                sb.append("```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ").append(rare())
                        .append("\nspec:\n  replicas: ").append(1 + r.nextInt(9)).append("\n```\n\n");
            } else {
                String p = paragraph();
                if (r.nextInt(4) == 0) {
                    p = "**" + heading() + ".** " + p;
                }
                sb.append(p).append("\n\n");
            }
        }
        return sb.toString();
    }

    String html(int target) {
        sb.setLength(0);
        String t = title();
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.append("<title>").append(esc(t)).append("</title>\n");
        sb.append("<meta name=\"author\" content=\"").append(author).append("\">\n");
        sb.append("<meta name=\"date\" content=\"").append(isoDate()).append("\">\n");
        sb.append("<style>\n  body { font-family: \"Open Sans\", Arial, sans-serif; margin: 0; background: #fafafa; }\n")
                .append("  header { background: #326ce5; color: #fff; padding: 1em 2em; }\n")
                .append("  article { flex: 3; padding: 2em; background: #fff; }\n")
                .append("  aside { flex: 1; padding: 2em 1em; font-size: 0.9em; }\n")
                .append("  pre { background: #272822; color: #f8f8f2; padding: 1em; }\n</style>\n");
        sb.append("<script>\n  window.siteConfig = { theme: \"").append(rare()).append("\", comments: false };\n")
                .append("  document.addEventListener(\"DOMContentLoaded\", function () {\n")
                .append("    var label = \"Posts tagged kubernetes, docker and mesos\";\n")
                .append("    var el = document.getElementById(\"tag-label\"); if (el) { el.textContent = label; }\n  });\n")
                .append("</script>\n</head>\n<body>\n");
        sb.append("<header>\n  <a href=\"/\">").append(author).append("&rsquo;s Cloud Native Notebook</a> &mdash; notes on ")
                .append("Kubernetes, Go and distributed systems\n</header>\n");
        sb.append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/archive\">Archive</a></li>")
                .append("<li><a href=\"/tags/docker\">Docker</a></li><li><a href=\"/tags/kubernetes\">Kubernetes</a></li>")
                .append("<li><a href=\"/about\">About</a></li></ul></nav>\n");
        sb.append("<div class=\"wrap\">\n<article>\n<h1>").append(esc(t)).append("</h1>\n\n");
        int budget = target - 900; // leave room for aside and footer
        while (sb.length() < budget) {
            int k = r.nextInt(12);
            if (k == 0) {
                sb.append("<h2>").append(esc(heading())).append("</h2>\n\n");
            } else if (k == 1) {
                sb.append("<ul>\n");
                int n = 2 + r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    sb.append("<li>").append(esc(sentence())).append("</li>\n");
                }
                sb.append("</ul>\n\n");
            } else if (k == 2 && r.nextInt(3) == 0) {
                sb.append("<pre><code>kubectl get pods -n ").append(rare()).append("\ndocker run --rm -it ")
                        .append(rare()).append(":latest\n</code></pre>\n\n");
            } else {
                String p = esc(paragraph());
                if (r.nextInt(5) == 0) {
                    p = "<strong>" + esc(heading()) + ".</strong> " + p;
                }
                sb.append("<p>").append(p).append("</p>\n\n");
            }
        }
        sb.append("</article>\n<aside>\n  <h3>Related posts</h3>\n  <ul>\n");
        for (int i = 0; i < 3; i++) {
            Ev o = EVENTS[r.nextInt(EVENTS.length)];
            sb.append("    <li><a href=\"/blog/").append(o.slug).append('-').append(o.year).append("\">")
                    .append(esc(o.name)).append(" notes</a></li>\n");
        }
        sb.append("  </ul>\n</aside>\n</div>\n<footer>&copy; ").append(ev.year).append(' ').append(author)
                .append(" &middot; Opinions are my own &middot; <a href=\"/imprint\">Imprint</a></footer>\n")
                .append("<script>window.analytics && window.analytics.track(\"page\");</script>\n</body>\n</html>\n");
        return sb.toString();
    }

    /** Returns {relative path, content} for file {@code index}. */
    String[] file(int index) {
        int target = MIN_BYTES + r.nextInt(MAX_BYTES - MIN_BYTES);
        int f = r.nextInt(100);
        String ext = f < 40 ? "md" : f < 75 ? "txt" : "html";
        String body = switch (ext) {
            case "md" -> md(target);
            case "txt" -> txt(target);
            default -> html(target);
        };
        String dir = String.format(Locale.ROOT, "part-%03d", index / FILES_PER_DIR);
        String name = String.format(Locale.ROOT, "%s-%d-%s-%06d.%s", ev.slug, ev.year,
                ev.city.toLowerCase(Locale.ROOT).replace(' ', '-'), index, ext);
        return new String[] {dir + "/" + name, body};
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: java bench/Generate.java OUTDIR SIZE_MB [SEED]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        long limit = (long) (Double.parseDouble(args[1]) * 1_000_000L);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42L;
        long written = 0;
        int files = 0;
        long t0 = System.nanoTime();
        while (written < limit) {
            String[] f = new Generate(seed, files).file(files);
            Path p = out.resolve(f[0]);
            if (files % FILES_PER_DIR == 0) {
                Files.createDirectories(p.getParent());
            }
            byte[] bytes = f[1].getBytes(StandardCharsets.UTF_8);
            Files.write(p, bytes);
            written += bytes.length;
            files++;
        }
        System.out.printf(Locale.ROOT, "wrote %d files, %d bytes (%.1f MB) to %s in %.1f s (seed %d)%n", files, written,
                written / 1e6, out, (System.nanoTime() - t0) / 1e9, seed);
    }
}
