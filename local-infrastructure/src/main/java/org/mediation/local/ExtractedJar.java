package org.mediation.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A service's executable jar extracted by Spring Boot's {@code tools} jar mode into {@code <module>/target/extracted}:
 * the application jar beside its libraries as plain jars, which a JVM loads faster than nested ones
 * (registration-service alone: 7 s to start instead of 12, docs/benchmarks.md), and the layout a class-data-sharing
 * archive needs. Extracted again when the jar is newer; the archive {@code ./run-local.sh} leaves beside it
 * ({@code <jar>.jsa}, written when a service it started stops) is used while it belongs to this extraction.
 */
final class ExtractedJar {

    private final Path jar;

    private ExtractedJar(Path jar) {
        this.jar = jar;
    }

    /** The extraction of {@code executable}, made now if missing or older than it. */
    static synchronized ExtractedJar of(Path executable) {
        Path directory = executable.resolveSibling("extracted");
        Path extracted = directory.resolve(executable.getFileName());
        try {
            if (!Files.exists(extracted)
                    || Files.getLastModifiedTime(extracted).compareTo(Files.getLastModifiedTime(executable)) < 0) {
                Files.deleteIfExists(archive(extracted));
                extract(executable, directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot extract " + executable, e);
        }
        return new ExtractedJar(extracted);
    }

    /** {@code -jar <the extracted jar>}, after the class-data archive when there is one. */
    List<String> launch() {
        List<String> arguments = new ArrayList<>();
        if (Files.exists(archive(jar))) {
            arguments.add("-XX:SharedArchiveFile=" + archive(jar));
        }
        arguments.addAll(List.of("-jar", jar.toString()));
        return arguments;
    }

    private static Path archive(Path extracted) {
        return extracted.resolveSibling(extracted.getFileName() + ".jsa");
    }

    private static void extract(Path executable, Path directory) throws IOException {
        Process extraction = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools",
                        "-jar",
                        executable.toString(),
                        "extract",
                        "--force",
                        "--destination",
                        directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (extraction.waitFor() != 0) {
                throw new IOException("the extraction of " + executable + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting " + executable, e);
        }
    }
}
