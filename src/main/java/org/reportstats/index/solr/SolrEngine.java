package org.reportstats.index.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.SolrResponseBase;
import org.apache.solr.common.SolrException;
import org.reportstats.tech.Taxonomy;

/**
 * A connection to a SolrCloud collection: finds the cluster through ZooKeeper or a node's URL, creates the
 * collection with the bundled configset on request, and says what went wrong in the user's words.
 */
public final class SolrEngine implements AutoCloseable {
    static final List<String> CONFIG_FILES = List.of("schema.xml", "solrconfig.xml", "typography.txt");
    private static final int CONNECT_SECONDS = 10;

    private final SolrTarget target;
    private final CloudSolrClient client;

    private SolrEngine(SolrTarget target, CloudSolrClient client) {
        this.target = target;
        this.client = client;
    }

    public static SolrEngine connect(SolrTarget target) throws SolrEngineException {
        Http2SolrClient.Builder http = new Http2SolrClient.Builder()
                .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                .withRequestTimeout(10, TimeUnit.MINUTES);
        if (target.user().isPresent()) {
            http.withBasicAuthCredentials(target.user().get(), target.password().orElse(""));
        }
        CloudHttp2SolrClient.Builder builder = target.solrUrl().isPresent()
                ? new CloudHttp2SolrClient.Builder(List.of(target.solrUrl().get()))
                : new CloudHttp2SolrClient.Builder(target.zkHosts(), target.zkChroot())
                        .withZkConnectTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                        .withZkClientTimeout(CONNECT_SECONDS * 3, TimeUnit.SECONDS);
        try {
            CloudSolrClient client = builder.withInternalClientBuilder(http).withDefaultCollection(target.collection()).build();
            client.connect();
            return new SolrEngine(target, client);
        } catch (RuntimeException e) {
            throw new SolrEngineException("cannot reach " + target.where() + ": " + reason(e), e);
        }
    }

    /** The configset this version uploads. */
    public static String configSetName() {
        return SolrFields.CONFIGSET;
    }

    SolrClient client() {
        return client;
    }

    public String collection() {
        return target.collection();
    }

    public SolrTarget target() {
        return target;
    }

    /** Writes reports into the collection, which must exist. */
    public SolrSink sink(Taxonomy taxonomy) throws SolrEngineException {
        requireCollection();
        return new SolrSink(this, new SolrDocuments(taxonomy));
    }

    /** Reads the collection, which must exist. */
    public SolrStore store() throws SolrEngineException {
        requireCollection();
        return new SolrStore(this);
    }

    public boolean collectionExists() throws SolrEngineException {
        List<String> names = call(() -> CollectionAdminRequest.listCollections(client));
        return names.contains(target.collection());
    }

    private void requireCollection() throws SolrEngineException {
        if (!collectionExists()) {
            throw new SolrEngineException("collection '" + target.collection() + "' does not exist on " + target.where()
                    + "; create it with 'reportstats index --engine solr --create' (and --shards/--replicas)");
        }
    }

    /**
     * Uploads the bundled configset (once per schema version) and creates the collection; false when it
     * already existed, which is left as it is.
     */
    public boolean create(int shards, int replicas) throws SolrEngineException {
        if (collectionExists()) {
            return false;
        }
        List<String> configSets = call(() -> new ConfigSetAdminRequest.List().process(client).getConfigSets());
        if (!configSets.contains(SolrFields.CONFIGSET)) {
            Path zip = null;
            try {
                zip = configSetZip();
                Path upload = zip;
                call(() -> new ConfigSetAdminRequest.Upload().setConfigSetName(SolrFields.CONFIGSET)
                        .setUploadFile(upload.toFile(), "application/zip").process(client));
            } catch (IOException e) {
                throw new SolrEngineException("cannot package the configset: " + e.getMessage(), e);
            } finally {
                deleteQuietly(zip);
            }
        }
        CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(target.collection(), SolrFields.CONFIGSET,
                shards, replicas);
        create.setWaitForFinalState(true);
        call(() -> checked(create.process(client)));
        return true;
    }

    private static Path configSetZip() throws IOException {
        Path zip = Files.createTempFile("reportstats-configset", ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : CONFIG_FILES) {
                out.putNextEntry(new ZipEntry(name));
                out.write(configFile(name));
                out.closeEntry();
            }
        }
        return zip;
    }

    /** A file of the bundled configset, from the jar. */
    static byte[] configFile(String name) throws IOException {
        try (InputStream in = SolrEngine.class.getResourceAsStream("configset/" + name)) {
            if (in == null) {
                throw new IOException("configset file " + name + " is missing from the jar");
            }
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            return buffer.toByteArray();
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temp folder
            }
        }
    }

    private static <R extends SolrResponseBase> R checked(R response) throws SolrServerException {
        Object failure = response.getResponse().get("failure");
        if (failure != null) {
            throw new SolrServerException(String.valueOf(failure));
        }
        return response;
    }

    /** A Solr call that may fail with a Solr or I/O error. */
    interface SolrCall<T> {
        T run() throws SolrServerException, IOException;
    }

    /** Runs a call, translating failures into messages a user can act on. */
    <T> T call(SolrCall<T> call) throws SolrEngineException {
        try {
            return call.run();
        } catch (SolrServerException | IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** What a failed Solr call means for the user: unreachable, not allowed, or Solr's own message. */
    SolrEngineException failure(Exception e) {
        if (e instanceof SolrEngineException already) {
            return already;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SolrException s) {
                return translate(s.code(), s);
            }
            if (t instanceof ConnectException || t instanceof java.nio.channels.ClosedChannelException
                    || t instanceof java.net.UnknownHostException) {
                return new SolrEngineException("cannot reach " + target.where() + ": " + reason(t), e);
            }
        }
        return new SolrEngineException("Solr request to " + target.where() + " failed: " + reason(e), e);
    }

    private SolrEngineException translate(int code, Exception e) {
        if (code == 401) {
            return new SolrEngineException(target.user().isPresent()
                    ? target.where() + " rejected the credentials of user '" + target.user().get() + "'; check "
                    + SolrTarget.PASSWORD_VARIABLE
                    : target.where() + " requires a login: pass --solr-user NAME and put the password in the "
                    + SolrTarget.PASSWORD_VARIABLE + " environment variable", e);
        }
        if (code == 403) {
            return new SolrEngineException("user '" + target.user().orElse("") + "' is not allowed to do this on "
                    + target.where(), e);
        }
        return new SolrEngineException("Solr (" + target.where() + ") answered: " + reason(e), e);
    }

    /** The first line of the most telling message in a chain. */
    static String reason(Throwable e) {
        Throwable t = e;
        String message = t.getMessage();
        while ((message == null || message.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            message = t.getMessage();
        }
        String line = message == null ? t.getClass().getSimpleName() : message.strip().split("\\R", 2)[0];
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}
