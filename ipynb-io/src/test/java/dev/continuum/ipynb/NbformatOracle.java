package dev.continuum.ipynb;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Runs Jupyter's own nbformat (Debian's python3-nbformat, installed by scripts/test.sh) on files
 * and returns the bytes it writes: the oracle our canonical writer must equal.
 */
public final class NbformatOracle {

    /** What nbformat made of one file: its bytes, or why it could not read the file. */
    public record Verdict(Optional<byte[]> bytes, String error) {
    }

    private NbformatOracle() {
    }

    /** The Python interpreter that has nbformat (system property continuum.python). */
    public static String python() {
        return System.getProperty("continuum.python", "/usr/bin/python3");
    }

    /** Runs a Python script with nbformat's interpreter; its stdout, or a failure carrying its stderr. */
    public static String run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python(), "-c", script));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        byte[] err = process.getErrorStream().readAllBytes();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("python failed: " + new String(err, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    public static Map<Path, Verdict> write(List<Path> files, boolean upgradeTo45) {
        try {
            Path script = Files.createTempFile("nbformat_oracle", ".py");
            try (InputStream in = NbformatOracle.class.getResourceAsStream("nbformat_oracle.py")) {
                Files.write(script, in.readAllBytes());
            }
            List<String> command = new ArrayList<>(List.of(python(), script.toString()));
            if (upgradeTo45) {
                command.add("--to-4.5");
            }
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            StringBuilder input = new StringBuilder();
            files.forEach(f -> input.append(f.toAbsolutePath()).append('\n'));
            Thread feeder = Thread.ofVirtual().start(() -> {
                try (var stdin = process.getOutputStream()) {
                    stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            feeder.join();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("nbformat oracle failed (is python3-nbformat installed for "
                        + python() + "? scripts/test.sh installs it)");
            }
            Files.deleteIfExists(script);
            Map<Path, Verdict> verdicts = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = JsonTrees.MAPPER.readTree(line);
                Path file = Path.of(row.get("file").asText());
                verdicts.put(file, row.get("ok").asBoolean()
                        ? new Verdict(Optional.of(Base64.getDecoder().decode(row.get("bytes").asText())), null)
                        : new Verdict(Optional.empty(), row.get("error").asText()));
            }
            return verdicts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ids the oracle gives new cells, in the same order: cid00001, cid00002, ... */
    public static Supplier<String> oracleIds() {
        int[] counter = {0};
        return () -> String.format("cid%05d", ++counter[0]);
    }

    /** The nbformat corpus copied into the test resources. */
    public static Path corpusDir() {
        return resourceDir("nbformat-corpus/notebooks");
    }

    /** A folder of ipynb-io's test resources, also from other modules (where they sit in a jar). */
    public static Path resourceDir(String name) {
        var url = NbformatOracle.class.getClassLoader().getResource(name);
        if (url != null && url.getProtocol().equals("file")) {
            try {
                return Path.of(url.toURI());
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("ipynb-io/src/test/resources").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("test resource missing: " + name);
    }

    public static List<Path> notebooksIn(Path dir) {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
