package dev.continuum.ipynb;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonNull;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes JSON byte for byte as Python's {@code json.dumps(obj, indent=1, sort_keys=True,
 * separators=(",", ": "), ensure_ascii=False)} does, which is how nbformat writes notebooks:
 * keys in code-point order, one space of indent per level, {@code {}} and {@code []} when empty,
 * non-ASCII kept, control characters as lower-case {@code \\u00xx}, floats as Python prints them.
 */
final class PythonJsonWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private PythonJsonWriter() {
    }

    /** Below this many cells, one thread writes faster than several. */
    private static final int PARALLEL_CELLS = 64;

    /** Writes {@code value} followed by one newline (nbformat ends every file with one). */
    static void write(JsonValue value, OutputStream out) throws IOException {
        try (JsonGenerator generator = generator(out, 0)) {
            writeValue(generator, value);
            generator.writeRaw('\n');
        }
    }

    /**
     * Writes a notebook as {@link #write} does, with its cells (nearly all the bytes) written in
     * parallel, each at the indent it has inside the file, and joined in order.
     */
    static void writeNotebook(JsonObject notebook, OutputStream out) throws IOException {
        if (!(notebook.get("cells") instanceof JsonArray cells) || cells.size() < PARALLEL_CELLS) {
            write(notebook, out);
            return;
        }
        byte[] cellsArray = cellsArray(cells);
        try (JsonGenerator generator = generator(out, 0)) {
            generator.writeStartObject();
            List<Map.Entry<String, JsonValue>> entries = new ArrayList<>(notebook.entries());
            entries.sort(Map.Entry.comparingByKey(PythonStrings.CODE_POINT_ORDER));
            for (Map.Entry<String, JsonValue> entry : entries) {
                generator.writeFieldName(entry.getKey());
                if (entry.getKey().equals("cells")) {
                    generator.writeRawValue(""); // the separator before the value, then the prepared bytes
                    generator.flush();
                    out.write(cellsArray);
                } else {
                    writeValue(generator, entry.getValue());
                }
            }
            generator.writeEndObject();
            generator.writeRaw('\n');
        }
    }

    /** {@code [\n  cell,\n  cell\n ]} as it stands at depth one of the notebook. */
    private static byte[] cellsArray(JsonArray cells) throws IOException {
        byte[][] chunks;
        try {
            chunks = java.util.stream.IntStream.range(0, cells.size()).parallel()
                    .mapToObj(i -> bytesAtDepth(cells.get(i), 2)).toArray(byte[][]::new);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        java.io.ByteArrayOutputStream array = new java.io.ByteArrayOutputStream(
                java.util.Arrays.stream(chunks).mapToInt(c -> c.length + 4).sum() + 8);
        array.write('[');
        for (int i = 0; i < chunks.length; i++) {
            array.write(i == 0 ? CELL_START : CELL_SEPARATOR);
            array.write(chunks[i]);
        }
        array.write(ARRAY_END);
        return array.toByteArray();
    }

    private static final byte[] CELL_START = "\n  ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] CELL_SEPARATOR = ",\n  ".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] ARRAY_END = "\n ]".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static byte[] bytesAtDepth(JsonValue value, int depth) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(4096);
        try (JsonGenerator generator = generator(bytes, depth)) {
            writeValue(generator, value);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static JsonGenerator generator(OutputStream out, int depth) throws IOException {
        JsonGenerator generator = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        generator.setPrettyPrinter(new IndentOne(depth));
        return generator;
    }

    private static void writeValue(JsonGenerator generator, JsonValue value) throws IOException {
        switch (value) {
            case JsonObject object -> writeObject(generator, object);
            case JsonArray array -> {
                generator.writeStartArray();
                for (JsonValue item : array) {
                    writeValue(generator, item);
                }
                generator.writeEndArray();
            }
            case JsonString string -> generator.writeString(string.value());
            case JsonNumber number -> {
                if (number.isIntegral()) {
                    generator.writeNumber(number.value().toString());
                } else {
                    generator.writeNumber(PythonFloats.repr(number.doubleValue()));
                }
            }
            case JsonBoolean bool -> generator.writeBoolean(bool.value());
            case JsonNull ignored -> generator.writeNull();
        }
    }

    private static void writeObject(JsonGenerator generator, JsonObject object) throws IOException {
        generator.writeStartObject();
        List<Map.Entry<String, JsonValue>> entries = new ArrayList<>(object.entries());
        entries.sort(Map.Entry.comparingByKey(PythonStrings.CODE_POINT_ORDER));
        for (Map.Entry<String, JsonValue> entry : entries) {
            generator.writeFieldName(entry.getKey());
            writeValue(generator, entry.getValue());
        }
        generator.writeEndObject();
    }

    /** Python's layout for {@code indent=1}. */
    private static final class IndentOne implements PrettyPrinter {
        private int depth;

        IndentOne(int depth) {
            this.depth = depth;
        }

        private void newline(JsonGenerator generator) throws IOException {
            generator.writeRaw('\n');
            for (int i = 0; i < depth; i++) {
                generator.writeRaw(' ');
            }
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator generator) {
            // a single root value: nothing between values
        }

        @Override
        public void writeStartObject(JsonGenerator generator) throws IOException {
            generator.writeRaw('{');
            depth++;
        }

        @Override
        public void beforeObjectEntries(JsonGenerator generator) throws IOException {
            newline(generator);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(',');
            newline(generator);
        }

        @Override
        public void writeEndObject(JsonGenerator generator, int entries) throws IOException {
            depth--;
            if (entries > 0) {
                newline(generator);
            }
            generator.writeRaw('}');
        }

        @Override
        public void writeStartArray(JsonGenerator generator) throws IOException {
            generator.writeRaw('[');
            depth++;
        }

        @Override
        public void beforeArrayValues(JsonGenerator generator) throws IOException {
            newline(generator);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(',');
            newline(generator);
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int values) throws IOException {
            depth--;
            if (values > 0) {
                newline(generator);
            }
            generator.writeRaw(']');
        }
    }
}
