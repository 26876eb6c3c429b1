package org.reportstats.analysis;

/**
 * How often a technology is named in a corpus.
 *
 * @param mentions  every occurrence
 * @param sentences sentences naming it at least once
 * @param reports   reports naming it at least once
 */
public record TechnologyCount(String technology, String category, long mentions, long sentences, long reports) {
}
