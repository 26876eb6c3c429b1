package org.reportstats.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Checks and opens the index folder, turning Lucene's failures into messages a user can act on. */
public final class IndexLocation {
    private IndexLocation() {
    }

    static void checkUsable(Path indexDir) throws IOException {
        if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
            throw new IOException("index path " + indexDir + " is a file, not a folder; choose another --index");
        }
    }

    public static boolean exists(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return false;
        }
        try (Directory dir = FSDirectory.open(indexDir)) {
            return DirectoryReader.indexExists(dir);
        }
    }

    /** The committed state of the index, or empty state when there is none yet. */
    public static IndexState readState(Path indexDir) throws IOException, IndexDamagedException {
        checkUsable(indexDir);
        if (!exists(indexDir)) {
            return IndexState.EMPTY;
        }
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            return IndexState.read(reader);
        } catch (IOException | RuntimeException e) {
            throw damaged(indexDir, e);
        }
    }

    /**
     * For {@code --rebuild}: when the index cannot be opened, remove its Lucene files so a new one can be
     * created. Only files Lucene writes are removed; anything else in the folder is left alone.
     */
    static void clearIfDamaged(Path indexDir) throws IOException {
        if (!exists(indexDir)) {
            return;
        }
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            return;
        } catch (IOException | RuntimeException e) {
            try (var files = Files.list(indexDir)) {
                for (Path f : files.toList()) {
                    String name = f.getFileName().toString();
                    if (Files.isRegularFile(f) && (name.startsWith("segments") || name.startsWith("_") || name.equals("write.lock"))) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    static IndexDamagedException damaged(Path indexDir, Exception cause) {
        return new IndexDamagedException("index " + indexDir + " cannot be read (" + cause.getClass().getSimpleName()
                + "); run 'reportstats index --rebuild' to rebuild it", cause);
    }
}
