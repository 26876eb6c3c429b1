package org.reportstats.index.solr;

/**
 * Names the Solr collection adds to {@link org.reportstats.index.Fields}: the unique key, stored copies of
 * report fields that are searched on sentences, the state document, and the per-technology facet fields.
 */
final class SolrFields {
    static final String ID = "id";
    static final String REPORT_TITLE = "report_title";
    static final String REPORT_LOCATION = "report_location";
    static final String TYPE_STATE = "state";
    static final String STATE_ID = "state";
    static final String PIPELINE = "pipeline";
    static final String SCHEMA = "schema";

    /** Name of the bundled configset in Solr: a schema change uploads a new one beside the old. */
    static final String CONFIGSET = "reportstats_v" + org.reportstats.index.Fields.SCHEMA_VERSION;

    private SolrFields() {
    }

    static String reportDocId(String reportId) {
        return "r:" + routeSafe(reportId);
    }

    static String skippedDocId(String reportId) {
        return "x:" + routeSafe(reportId);
    }

    static String sentenceDocId(String reportId, int position) {
        return "s:" + routeSafe(reportId) + "#" + position;
    }

    /** '!' routes documents in SolrCloud's compositeId router; a file name must not do that by accident. */
    private static String routeSafe(String id) {
        return id.replace("%", "%25").replace("!", "%21");
    }

    /** Mentions of a technology (or, with {@code family}, a family) in a sentence. */
    static String mentions(String key, boolean family) {
        return (family ? "fm_" : "tm_") + encode(key);
    }

    /** The tone about it in units of 1/10,000. */
    static String units(String key, boolean family) {
        return (family ? "fs_" : "ts_") + encode(key);
    }

    /** Its label: positive, neutral or negative. */
    static String label(String key, boolean family) {
        return (family ? "fl_" : "tl_") + encode(key);
    }

    /**
     * A technology name as a field-name suffix: letters and digits stay, anything else (space, '/', '.', '_')
     * becomes '_' and four hex digits, so that every name maps to its own field ("Docker_0020Swarm").
     */
    static String encode(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (c < 128 && Character.isLetterOrDigit(c)) {
                out.append(c);
            } else {
                out.append('_').append(String.format("%04x", (int) c));
            }
        }
        return out.toString();
    }
}
