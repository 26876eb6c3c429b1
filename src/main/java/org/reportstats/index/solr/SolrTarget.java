package org.reportstats.index.solr;

import java.util.List;
import java.util.Optional;

/**
 * Which SolrCloud to use and how to log in.
 *
 * @param zkHosts  ZooKeeper hosts ({@code host:port}), empty when {@code solrUrl} is given
 * @param zkChroot ZooKeeper chroot ({@code /solr}) if any
 * @param solrUrl  a Solr node's base URL ({@code http://host:8983/solr}); the cluster is discovered from it
 * @param user     basic-auth user; the password never comes from the command line
 */
public record SolrTarget(List<String> zkHosts, Optional<String> zkChroot, Optional<String> solrUrl, String collection,
                         Optional<String> user, Optional<String> password) {
    /** The environment variable that holds the password of {@code --solr-user}. */
    public static final String PASSWORD_VARIABLE = "REPORTSTATS_SOLR_PASSWORD";

    public SolrTarget {
        zkHosts = List.copyOf(zkHosts);
    }

    /** Where, in the user's words, for messages: "ZooKeeper at zk1:2181/solr" or "Solr at http://…". */
    public String where() {
        return solrUrl.map(u -> "Solr at " + u)
                .orElseGet(() -> "ZooKeeper at " + String.join(",", zkHosts) + zkChroot.orElse(""));
    }

    /** Parses {@code --zk host:port[,host:port…][/chroot]}. */
    public static SolrTarget ofZk(String zk, String collection, Optional<String> user, Optional<String> password) {
        int slash = zk.indexOf('/');
        String hosts = slash < 0 ? zk : zk.substring(0, slash);
        Optional<String> chroot = slash < 0 || slash == zk.length() - 1 ? Optional.empty() : Optional.of(zk.substring(slash));
        List<String> list = List.of(hosts.split(",")).stream().map(String::strip).filter(h -> !h.isEmpty()).toList();
        return new SolrTarget(list, chroot, Optional.empty(), collection, user, password);
    }

    public static SolrTarget ofUrl(String url, String collection, Optional<String> user, Optional<String> password) {
        return new SolrTarget(List.of(), Optional.empty(), Optional.of(url.replaceAll("/+$", "")), collection, user, password);
    }
}
