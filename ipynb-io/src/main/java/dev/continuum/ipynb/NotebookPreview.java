package dev.continuum.ipynb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.continuum.notebook.Notebook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The first cells of a notebook, read without reading the rest: a big notebook can show its top
 * while the whole file is still being read and validated. Only files laid out as nbformat 4 writes
 * them ({@code "cells"} first) have a preview; anything else, or anything unexpected, has none and
 * the caller simply waits for the full read. A preview is for showing only: it lacks the
 * notebook's metadata and every later cell, so it must never be saved.
 */
public final class NotebookPreview {

    private NotebookPreview() {
    }

    /** Up to {@code maxCells} cells from the top of {@code file}, read as the full reader reads them. */
    public static Optional<Notebook> firstCells(Path file, int maxCells) {
        try (InputStream in = Files.newInputStream(file);
             JsonParser parser = JsonTrees.MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME
                    || !"cells".equals(parser.currentName()) || parser.nextToken() != JsonToken.START_ARRAY) {
                return Optional.empty();
            }
            // The parser stops inside the file: what follows a cell is not an error here.
            ObjectReader cellReader = JsonTrees.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            ArrayNode cells = JsonTrees.MAPPER.createArrayNode();
            while (cells.size() < maxCells && parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode cell = cellReader.readTree(parser);
                cells.add(cell);
            }
            ObjectNode root = JsonTrees.MAPPER.createObjectNode();
            root.set("cells", cells);
            root.putObject("metadata");
            root.put("nbformat", 4);
            root.put("nbformat_minor", 5);
            return Optional.of(NotebookReader.readTree(root, NotebookReader.Options.DEFAULT).notebook());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no preview; the full read reports what is wrong
        }
    }
}
