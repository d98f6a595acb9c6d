package dev.continuum.ipynb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.notebook.CellIds;
import dev.continuum.notebook.FormatVersion;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.json.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads any notebook Jupyter reads (nbformat 2, 3 and 4.x) into the model, as
 * {@code nbformat.read(f, as_version=4)} does: text rejoined, transient values dropped, old formats
 * upgraded to 4.5, and in 4.5 missing or duplicate cell ids replaced (each repair reported).
 * Never throws anything but {@link NotebookFormatException} for bad input.
 */
public final class NotebookReader {

    /**
     * @param cellIds      makes new cell ids (random by default; tests make them predictable)
     * @param upgradeTo45  also upgrade 4.0 to 4.4 notebooks to 4.5 (as {@code convert --to 4.5})
     */
    public record Options(Supplier<String> cellIds, boolean upgradeTo45) {
        public static final Options DEFAULT = new Options(CellIds.randomSupplier(), false);

        public Options {
            Objects.requireNonNull(cellIds, "cellIds");
        }

        public Options withUpgradeTo45(boolean upgrade) {
            return new Options(cellIds, upgrade);
        }

        public Options withCellIds(Supplier<String> ids) {
            return new Options(ids, upgradeTo45);
        }
    }

    private NotebookReader() {
    }

    public static ReadResult read(byte[] bytes) throws NotebookFormatException {
        return read(bytes, Options.DEFAULT);
    }

    public static ReadResult read(byte[] bytes, Options options) throws NotebookFormatException {
        try {
            return readTree(JsonTrees.parse(bytes), options);
        } catch (NotebookFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            // A shape we did not foresee must still be a clear refusal, never a crash.
            throw new NotebookFormatException(Problem.error(JsonPaths.ROOT, "cannot read this notebook: " + e));
        }
    }

    /**
     * Reads and validates in one pass over the bytes (one parse): what opening a file for the user
     * does. The problems are those {@link NotebookValidator#validate(byte[])} reports.
     */
    public static ValidatedRead readAndValidate(byte[] bytes, Options options) throws NotebookFormatException {
        JsonNode tree = JsonTrees.parse(bytes);
        List<Problem> problems = NotebookValidator.validate(tree); // before reading changes the tree
        try {
            return new ValidatedRead(readTree(tree, options), problems);
        } catch (NotebookFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NotebookFormatException(Problem.error(JsonPaths.ROOT, "cannot read this notebook: " + e));
        }
    }

    /** A notebook as read, with what {@code validate} says of its file. */
    public record ValidatedRead(ReadResult result, List<Problem> problems) {
        public ValidatedRead {
            problems = List.copyOf(problems);
        }
    }

    static ReadResult readTree(JsonNode tree, Options options) throws NotebookFormatException {
        if (!(tree instanceof ObjectNode nb)) {
            throw new NotebookFormatException(Problem.error(JsonPaths.ROOT,
                    "a notebook is a JSON object, this file holds " + JsonTrees.typeName(tree)));
        }
        FormatVersion fileFormat = versionOf(nb);
        switch (fileFormat.major()) {
            case 2 -> {
                NbformatConversions.rejoinV3(nb, true);
                NbformatConversions.upgradeV2ToV3(nb);
                NbformatConversions.upgradeV3ToV4(nb, options.cellIds());
            }
            case 3 -> {
                NbformatConversions.rejoinV3(nb, false);
                NbformatConversions.upgradeV3ToV4(nb, options.cellIds());
            }
            case 4 -> {
                NbformatConversions.rejoinV4(nb);
                NbformatConversions.stripTransientV4(nb);
                if (options.upgradeTo45() && fileFormat.minor() < 5) {
                    NbformatConversions.upgradeMinorTo45(nb, options.cellIds());
                }
            }
            default -> throw new NotebookFormatException(Problem.error("$.nbformat",
                    "nbformat " + fileFormat.major() + " is not supported (Continuum reads nbformat 2, 3 and 4)"));
        }
        List<Problem> repairs = new ArrayList<>();
        addMissingRequiredFields(nb, repairs);
        if (nb.get("nbformat_minor") != null && new FormatVersion(4, nb.get("nbformat_minor").asInt()).hasCellIds()) {
            repairCellIds(nb, options.cellIds(), repairs);
        }
        Notebook notebook = NotebookMapper.toModel((JsonObject) JsonTrees.toValue(nb));
        notebook.setIdSupplier(options.cellIds());
        return new ReadResult(notebook, fileFormat, repairs);
    }

    private static FormatVersion versionOf(ObjectNode nb) throws NotebookFormatException {
        JsonNode major = nb.get("nbformat");
        if (major == null) {
            throw new NotebookFormatException(Problem.error(JsonPaths.ROOT,
                    "no \"nbformat\" field: this JSON file is not a Jupyter notebook"));
        }
        if (!major.canConvertToInt() || !major.isIntegralNumber()) {
            throw new NotebookFormatException(Problem.error("$.nbformat", "nbformat must be an integer, found " + JsonTrees.typeName(major)));
        }
        JsonNode minor = nb.get("nbformat_minor");
        if (minor != null && !(minor.isIntegralNumber() && minor.canConvertToInt())) {
            throw new NotebookFormatException(Problem.error("$.nbformat_minor",
                    "nbformat_minor must be an integer, found " + JsonTrees.typeName(minor)));
        }
        return new FormatVersion(major.intValue(), minor == null ? 0 : minor.intValue());
    }

    /**
     * Fields the format requires but Jupyter lets a file lack. The model always has them, so a save
     * writes them; each one is reported, and {@code validate} names it.
     */
    private static void addMissingRequiredFields(ObjectNode nb, List<Problem> repairs) {
        if (!nb.has("nbformat_minor")) {
            nb.put("nbformat_minor", 0);
            repairs.add(new Problem(Problem.Severity.REPAIRED, null, null, "$.nbformat_minor",
                    "the notebook had no nbformat_minor; it is read as 0"));
        }
        int index = 0;
        for (JsonNode node : nb.path("cells")) {
            if (node instanceof ObjectNode cell) {
                String id = NbformatConversions.text(cell.get("id"));
                if (!cell.has("source")) {
                    cell.put("source", "");
                    repairs.add(new Problem(Problem.Severity.REPAIRED, index, id, "$.cells[" + index + "].source",
                            "the cell had no source; it is read as empty"));
                }
                if ("code".equals(NbformatConversions.text(cell.get("cell_type"))) && !cell.has("execution_count")) {
                    cell.putNull("execution_count");
                    repairs.add(new Problem(Problem.Severity.REPAIRED, index, id, "$.cells[" + index + "].execution_count",
                            "the code cell had no execution_count; it is read as null"));
                }
            }
            index++;
        }
    }

    /** nbformat's normalisation on reading 4.5: every cell gets an id, and ids are unique. */
    private static void repairCellIds(ObjectNode nb, Supplier<String> ids, List<Problem> repairs) {
        List<ObjectNode> cells = NbformatConversions.objects(nb.get("cells"));
        for (ObjectNode cell : cells) {
            if (!cell.has("id")) {
                String id = ids.get();
                cell.put("id", id);
                int at = indexIn(nb, cell);
                repairs.add(new Problem(Problem.Severity.REPAIRED, at, id, "$.cells[" + at + "].id",
                        "the cell had no id; it now has \"" + id + "\", as Jupyter gives it"));
            }
        }
        Set<String> seen = new HashSet<>();
        for (ObjectNode cell : cells) {
            JsonNode id = cell.get("id");
            String key = id.isTextual() ? id.textValue() : id.toString();
            if (!seen.add(key)) {
                String fresh = ids.get();
                cell.put("id", fresh);
                seen.add(fresh);
                int at = indexIn(nb, cell);
                repairs.add(new Problem(Problem.Severity.REPAIRED, at, fresh, "$.cells[" + at + "].id",
                        "the id \"" + key + "\" was used by an earlier cell; this cell now has \"" + fresh + "\", as Jupyter renames it"));
            }
        }
    }

    private static int indexIn(ObjectNode nb, ObjectNode cell) {
        int i = 0;
        for (JsonNode candidate : nb.get("cells")) {
            if (candidate == cell) {
                return i;
            }
            i++;
        }
        return -1;
    }
}
