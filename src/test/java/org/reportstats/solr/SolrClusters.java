package org.reportstats.solr;

import org.apache.solr.cloud.MiniSolrCloudCluster;

/** Test fixture helpers for the in-JVM SolrCloud. */
final class SolrClusters {
    private SolrClusters() {
    }

    /**
     * Stops the cluster. A node that is still tidying up (a replica finishing its recovery) can make the
     * shutdown report an error after every test has passed; that says nothing about reportstats, so it is
     * printed, not failed on.
     */
    static void shutDown(MiniSolrCloudCluster cluster) {
        if (cluster == null) {
            return;
        }
        try {
            cluster.shutdown();
        } catch (Exception e) {
            System.err.println("warning: the test SolrCloud did not shut down cleanly: " + e);
        }
    }
}
