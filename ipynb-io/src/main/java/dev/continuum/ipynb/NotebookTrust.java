package dev.continuum.ipynb;

import dev.continuum.notebook.CellType;
import dev.continuum.notebook.DisplayDataOutput;
import dev.continuum.notebook.ExecuteResultOutput;
import dev.continuum.notebook.Notebook;
import dev.continuum.notebook.Output;
import dev.continuum.notebook.UnknownOutput;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonBoolean;
import dev.continuum.notebook.json.JsonNull;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import dev.continuum.notebook.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Notebook trust as Jupyter does it: a notebook is trusted when the HMAC-SHA256 of its whole
 * content, keyed by a secret of this user, is in the local store, i.e. this user saved or trusted
 * exactly this content. Output that can run code (HTML, JavaScript, SVG) is rendered active only
 * for trusted notebooks.
 */
public final class NotebookTrust {

    /** The algorithm name stored with each signature, as Jupyter's notary stores it. */
    public static final String ALGORITHM = "sha256";

    /** MIME types whose rendering can run code, so they are shown inert when untrusted. */
    public static final Set<String> ACTIVE_MIME_TYPES = Set.of("text/html", "application/javascript", "image/svg+xml",
            "application/vnd.jupyter.widget-view+json");

    private NotebookTrust() {
    }

    /**
     * The signature Jupyter's {@code NotebookNotary.compute_signature} gives the notebook: HMAC over
     * every key (sorted) and value of the in-memory notebook, without {@code metadata.signature}.
     */
    public static String signature(Notebook notebook, byte[] secret) {
        JsonObject json = NotebookMapper.toJson(notebook);
        if (json.get("metadata") instanceof JsonObject metadata) {
            json = json.with("metadata", metadata.without("signature"));
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            feed(mac, json);
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }

    /** Jupyter's {@code yield_everything}: keys and values as UTF-8, containers walked in order. */
    private static void feed(Mac mac, JsonValue value) {
        switch (value) {
            case JsonObject object -> {
                List<String> keys = new ArrayList<>(object.keys());
                keys.sort(PythonStrings.CODE_POINT_ORDER);
                for (String key : keys) {
                    mac.update(key.getBytes(StandardCharsets.UTF_8));
                    feed(mac, object.get(key));
                }
            }
            case JsonArray array -> array.forEach(item -> feed(mac, item));
            case JsonString string -> mac.update(string.value().getBytes(StandardCharsets.UTF_8));
            case JsonNumber number -> mac.update(pythonStr(number).getBytes(StandardCharsets.UTF_8));
            case JsonBoolean bool -> mac.update((bool.value() ? "True" : "False").getBytes(StandardCharsets.UTF_8));
            case JsonNull ignored -> mac.update("None".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String pythonStr(JsonNumber number) {
        if (number.isIntegral()) {
            return number.value().toString();
        }
        double d = number.doubleValue();
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return PythonFloats.repr(d);
    }

    /**
     * Jupyter's per-cell rule for notebooks without a trusted signature: a code cell is safe when
     * none of its outputs carries rich data (text streams and errors are always safe).
     */
    public static boolean isCellSafe(dev.continuum.notebook.Cell cell) {
        if (cell.type() != CellType.CODE) {
            return true;
        }
        for (Output output : cell.outputs()) {
            boolean rich = output instanceof DisplayDataOutput || output instanceof ExecuteResultOutput
                    || (output instanceof UnknownOutput unknown && Set.of("execute_result", "display_data").contains(unknown.outputType()));
            if (rich) {
                return false;
            }
        }
        return true;
    }

    /** Whether output of this MIME type may be rendered active (scripts, live HTML). */
    public static boolean mayRenderActive(String mimeType, boolean notebookTrusted) {
        return notebookTrusted || !ACTIVE_MIME_TYPES.contains(mimeType);
    }
}
