package org.reportstats.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.reportstats.index.CorpusIndex;
import org.reportstats.index.solr.SolrEngine;
import org.reportstats.index.solr.SolrEngineException;
import org.reportstats.index.solr.SolrStore;
import org.reportstats.index.solr.SolrTarget;
import org.reportstats.nlp.Pipeline;
import picocli.CommandLine.Option;

/** Which engine holds the documents: the local Lucene index (default) or a SolrCloud collection. */
public final class EngineOptions {
    enum Engine { LOCAL, SOLR }

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "local: a Lucene index folder (--index); solr: a SolrCloud collection (--zk or --solr-url).")
    Engine engine;

    @Option(names = "--zk", paramLabel = "HOST:PORT[,…][/CHROOT]",
            description = "With --engine solr: the cluster's ZooKeeper, e.g. zk1:2181,zk2:2181/solr.")
    String zk;

    @Option(names = "--solr-url", paramLabel = "URL",
            description = "With --engine solr: any Solr node, e.g. http://solr1:8983/solr (HTTP only, no ZooKeeper access needed).")
    String solrUrl;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "reportstats", description = "With --engine solr: the collection.")
    String collection;

    @Option(names = "--solr-user", paramLabel = "NAME", description = "With --engine solr: basic-auth user; the password is read from "
            + "the " + SolrTarget.PASSWORD_VARIABLE + " environment variable, never from the command line.")
    String user;

    boolean solr() {
        return engine == Engine.SOLR;
    }

    /** The Solr cluster named by the options; a missing or contradictory option is a usage error. */
    SolrTarget target() {
        if (zk != null && solrUrl != null) {
            throw UserError.usage("give either --zk or --solr-url, not both");
        }
        if (zk == null && solrUrl == null) {
            throw UserError.usage("--engine solr needs --zk HOST:PORT or --solr-url URL");
        }
        if (collection.isBlank()) {
            throw UserError.usage("--collection must not be empty");
        }
        Optional<String> password = Optional.ofNullable(System.getenv(SolrTarget.PASSWORD_VARIABLE));
        if (user != null && password.isEmpty()) {
            throw UserError.usage("--solr-user " + user + " needs the password in the " + SolrTarget.PASSWORD_VARIABLE
                    + " environment variable");
        }
        if (solrUrl != null) {
            if (!solrUrl.matches("(?i)https?://.+")) {
                throw UserError.usage("--solr-url must start with http:// or https://, like http://localhost:8983/solr");
            }
            return SolrTarget.ofUrl(solrUrl, collection, Optional.ofNullable(user), password);
        }
        SolrTarget target = SolrTarget.ofZk(zk, collection, Optional.ofNullable(user), password);
        if (target.zkHosts().isEmpty()) {
            throw UserError.usage("--zk names no host; use HOST:PORT[,HOST:PORT…][/CHROOT]");
        }
        return target;
    }

    /** Options that only mean something with Solr, given with the local engine, are a usage error. */
    void checkLocal() {
        if (!solr() && (zk != null || solrUrl != null || user != null)) {
            throw UserError.usage((zk != null ? "--zk" : solrUrl != null ? "--solr-url" : "--solr-user") + " needs --engine solr");
        }
    }

    SolrEngine connect() {
        try {
            return SolrEngine.connect(target());
        } catch (SolrEngineException e) {
            throw new UserError(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    /**
     * The collection, for reading. Unlike the local index it is not refreshed from a corpus folder (it may be
     * shared by several analysts): 'reportstats index --engine solr' updates it. A collection built by another
     * taxonomy or lexicon is read with a warning.
     */
    SolrStore openStore(Pipeline pipeline, PrintWriter err) {
        SolrEngine solr = connect();
        try {
            SolrStore store = solr.store();
            Optional<String> built = store.pipeline();
            if (built.isEmpty()) {
                err.println("reportstats: collection '" + solr.collection() + "' is empty; run 'reportstats index --engine solr' first");
            } else if (!built.get().equals(CorpusIndex.fingerprint(pipeline))) {
                err.println("reportstats: collection '" + solr.collection() + "' was built with another taxonomy, lexicon or"
                        + " reportstats version; run 'reportstats index --engine solr --rebuild' to bring it in line");
            }
            err.flush();
            return store;
        } catch (SolrEngineException e) {
            closeQuietly(solr);
            throw new UserError(ExitCode.FAILURE, e.getMessage(), e);
        }
    }

    private static void closeQuietly(SolrEngine solr) {
        try {
            solr.close();
        } catch (java.io.IOException ignored) {
            // already failing with a clearer message
        }
    }
}
