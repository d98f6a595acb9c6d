package dev.continuum.ipynb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where NotebookIoBench's time goes: each step of open+validate and of save timed alone (median
 * ms, and MB allocated on the calling thread, which the GC pays for later; what a step hands to
 * other threads is not counted). Profiling only, run by {@code bench/run.sh --profile}.
 *
 * <p>It sits in ipynb-io's package (the jars are plain class-path jars, no module-info) so it can
 * call the package-private steps the public API chains together; it changes nothing in them.
 * Each whole is printed above its steps; what the steps do not add up to is what timing them
 * apart leaves out (GC pauses, caches, hand-offs between threads).
 *
 * <p>Usage: {@code NotebookIoPhases NOTEBOOK OUT_DIR [WARMUP [ITERATIONS]]}
 */
public final class NotebookIoPhases {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private final int warmup;
    private final int iterations;

    private NotebookIoPhases(int warmup, int iterations) {
        this.warmup = warmup;
        this.iterations = iterations;
    }

    @FunctionalInterface
    private interface Step<T> {
        Object run(T input) throws Exception;
    }

    @FunctionalInterface
    private interface Setup<T> {
        T get() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args[0]);
        Path out = Path.of(args[1]);
        NotebookIoPhases p = new NotebookIoPhases(args.length > 2 ? Integer.parseInt(args[2]) : 15,
                args.length > 3 ? Integer.parseInt(args[3]) : 15);
        byte[] bytes = Files.readAllBytes(path);
        JsonNode tree = JsonTrees.parse(bytes);
        // The official 4.5 schema, whole, to show what the schema library alone costs on this tree.
        Schema schema = v45Schema();

        System.out.printf("%-62s %9s %9s%n", "step", "median ms", "alloc MB");
        System.out.println("open+validate");
        p.time("  whole: readAllBytes + validate(bytes) + read(bytes)", () -> path, file -> {
            byte[] b = Files.readAllBytes(file);
            NotebookValidator.validate(b);
            return NotebookReader.read(b);
        });
        p.time("  readAllBytes", () -> path, Files::readAllBytes);
        p.time("  JSON parse to Jackson tree (done twice: validate, read)", () -> bytes, JsonTrees::parse);
        p.time("  validate(tree) whole", () -> tree, NotebookValidator::validate);
        p.time("    of which the base64 check of binary outputs", () -> tree, BinaryDataCheck::check);
        p.time("    for comparison: networknt, whole 4.5 schema, one thread", () -> tree, schema::validate);
        p.time("  read: rejoin + strip transient (tree edits)", () -> (ObjectNode) JsonTrees.parse(bytes), nb -> {
            NbformatConversions.rejoinV4(nb);
            NbformatConversions.stripTransientV4(nb);
            return nb;
        });
        ObjectNode rejoined = (ObjectNode) JsonTrees.parse(bytes);
        NbformatConversions.rejoinV4(rejoined);
        p.time("  read: Jackson tree -> model JSON values (toValue)", () -> rejoined, JsonTrees::toValue);
        JsonObject value = (JsonObject) JsonTrees.toValue(rejoined);
        p.time("  read: JSON values -> Notebook (NotebookMapper.toModel)", () -> value, NotebookMapper::toModel);
        p.time("  readTree whole (all read steps after parse)", () -> JsonTrees.parse(bytes),
                t -> NotebookReader.readTree(t, NotebookReader.Options.DEFAULT));

        Notebook notebook = NotebookReader.read(bytes).notebook();
        NotebookDocument document = NotebookDocument.open(path);
        Path target = out.resolve("phases-saved.ipynb");
        System.out.println("save");
        p.time("  whole: NotebookDocument.saveAs", () -> target, t -> {
            document.saveAs(t);
            return t;
        });
        p.time("  NotebookWriter.toBytes whole", () -> notebook, NotebookWriter::toBytes);
        p.time("    Notebook -> JSON values (NotebookMapper.toJson)", () -> notebook, NotebookMapper::toJson);
        JsonObject json = NotebookMapper.toJson(notebook);
        p.time("    DiskForm.of (split lines, drop transient)", () -> json, DiskForm::of);
        JsonObject disk = DiskForm.of(json);
        p.time("    JSON text: writeNotebook into a 64 KB buffer + toByteArray", () -> disk, d -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 16); // as toBytes does
            PythonJsonWriter.writeNotebook(d, buffer);
            return buffer.toByteArray();
        });
        p.time("      for comparison: one thread (write), presized buffer", () -> disk, d -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length + (1 << 16));
            PythonJsonWriter.write(d, buffer);
            return buffer;
        });
        p.time("  AtomicFiles.write (temp, write, fsync, rename, dir fsync)", () -> target, t -> {
            AtomicFiles.write(t, bytes);
            return t;
        });
        p.time("    plain Files.write, no fsync (for comparison)", () -> out.resolve("phases-plain.ipynb"),
                t -> Files.write(t, bytes));
        p.time("  DiskSnapshot.of (stat + checksum of the bytes)", () -> target, t -> DiskSnapshot.of(t, bytes));
        p.time("  Autosave.discard", () -> target, t -> {
            Autosave.discard(t);
            return t;
        });
    }

    private static Schema v45Schema() throws Exception {
        try (InputStream in = NotebookValidator.class.getResourceAsStream("schemas/nbformat.v4.5.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(JsonTrees.MAPPER.readTree(in));
        }
    }

    /** Warms the step up, then prints the median time and the mean allocation of one run. */
    private <T> void time(String name, Setup<T> setup, Step<T> step) throws Exception {
        for (int i = 0; i < warmup; i++) {
            step.run(setup.get());
        }
        double[] millis = new double[iterations];
        long allocated = 0;
        long thread = Thread.currentThread().threadId();
        for (int i = 0; i < iterations; i++) {
            T input = setup.get(); // not timed: e.g. a fresh tree for a step that edits it
            long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
            long start = System.nanoTime();
            step.run(input);
            millis[i] = (System.nanoTime() - start) / 1e6;
            allocated += THREADS.getThreadAllocatedBytes(thread) - bytesBefore;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-62s %9.1f %9.0f%n", name, millis[iterations / 2], allocated / 1e6 / iterations);
    }
}
