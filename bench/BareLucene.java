import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Baseline: what plain Lucene does with the same files on the same machine.
 *
 * <pre>java -cp /tmp/bench/reportstats.jar bench/BareLucene.java CORPUS INDEXDIR [THREADS]</pre>
 *
 * One document per file: a StringField "path" and a TextField "body" (the file's UTF-8 text, markup included),
 * StandardAnalyzer, one IndexWriter (64 MB RAM buffer, CREATE), a pool of THREADS (default 2) with one file per
 * task, one commit. Prints one line: files, bytes, seconds, MB/s (MB = 10^6 bytes). The clock includes
 * listing the folder, opening the writer and the commit, like reportstats' own wall time does.
 */
public final class BareLucene {
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java -cp reportstats.jar bench/BareLucene.java CORPUS INDEXDIR [THREADS]");
            System.exit(2);
        }
        Path corpus = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long t0 = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        long bytes = 0;
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // -Dbare.directory=nio: NIOFSDirectory instead of FSDirectory.open's MMapDirectory (for RSS experiments)
        FSDirectory directory = "nio".equals(System.getProperty("bare.directory"))
                ? new org.apache.lucene.store.NIOFSDirectory(indexDir) : FSDirectory.open(indexDir);
        try (FSDirectory dir = directory; IndexWriter writer = new IndexWriter(dir, config)) {
            List<Future<Long>> done = new ArrayList<>(files.size());
            for (Path f : files) {
                done.add(pool.submit(() -> {
                    byte[] b = Files.readAllBytes(f);
                    Document doc = new Document();
                    doc.add(new StringField("path", corpus.relativize(f).toString(), Field.Store.YES));
                    doc.add(new TextField("body", new String(b, StandardCharsets.UTF_8), Field.Store.NO));
                    try {
                        writer.addDocument(doc);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return (long) b.length;
                }));
            }
            for (Future<Long> f : done) {
                bytes += f.get();
            }
            writer.commit();
        } finally {
            pool.shutdown();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "bare-lucene files=%d bytes=%d seconds=%.3f MB/s=%.2f threads=%d%n",
                files.size(), bytes, secs, bytes / 1e6 / secs, threads);
    }
}
