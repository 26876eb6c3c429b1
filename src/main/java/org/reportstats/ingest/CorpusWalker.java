package org.reportstats.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/** Lists the reports under a corpus folder; never fails on one bad entry. */
public final class CorpusWalker {
    private CorpusWalker() {
    }

    /** Walks {@code root} recursively, following links but not loops, skipping hidden entries. */
    public static CorpusListing walk(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            throw new IOException(Files.exists(root) ? root + " is not a folder" : "corpus folder " + root + " does not exist");
        }
        List<CorpusFile> files = new ArrayList<>();
        List<CorpusListing.Notice> skipped = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String id = idOf(root, file);
                if (isHidden(file)) {
                    return FileVisitResult.CONTINUE;
                }
                if (attrs.isSymbolicLink()) {
                    skipped.add(new CorpusListing.Notice(id, "cannot be read: broken symbolic link (its target does not exist)"));
                    return FileVisitResult.CONTINUE;
                }
                if (!attrs.isRegularFile()) {
                    skipped.add(new CorpusListing.Notice(id, "not a regular file (a device, socket or pipe)"));
                    return FileVisitResult.CONTINUE;
                }
                ReportFormat.of(file.getFileName().toString()).ifPresentOrElse(
                        format -> files.add(new CorpusFile(id, file, format, attrs.size(), attrs.lastModifiedTime().toMillis())),
                        () -> skipped.add(new CorpusListing.Notice(id, "not a report format (.txt, .md, .markdown, .html, .htm)")));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                String reason = e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot be read (" + e.getClass().getSimpleName() + ")";
                skipped.add(new CorpusListing.Notice(idOf(root, file), reason));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(CorpusFile::id));
        return new CorpusListing(files, skipped);
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    static String idOf(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
