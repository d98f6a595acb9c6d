package dev.continuum.ipynb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Binary output data (PNG, JPEG, ...) is base64 text in a notebook. The schema cannot check it;
 * we do, so a broken image is named in {@code validate} rather than failing when it is shown.
 * Line breaks inside the text are allowed, as Jupyter has written them.
 */
final class BinaryDataCheck {

    private BinaryDataCheck() {
    }

    static List<Problem> check(JsonNode nb) {
        List<Problem> problems = new ArrayList<>();
        int index = 0;
        for (JsonNode cell : nb.path("cells")) {
            String cellPath = "$.cells[" + index + "]";
            String id = NbformatConversions.text(cell.get("id"));
            int o = 0;
            for (JsonNode output : cell.path("outputs")) {
                checkBundle(output.get("data"), cellPath + ".outputs[" + o++ + "].data", index, id, problems);
            }
            var attachments = cell.path("attachments").properties();
            for (var attachment : attachments) {
                checkBundle(attachment.getValue(), JsonPaths.field(cellPath + ".attachments", attachment.getKey()), index, id, problems);
            }
            index++;
        }
        return problems;
    }

    private static void checkBundle(JsonNode data, String path, int cell, String id, List<Problem> problems) {
        if (data == null || !data.isObject()) {
            return;
        }
        for (var entry : data.properties()) {
            if (isBase64Mime(entry.getKey()) && entry.getValue().isTextual() && !isBase64(entry.getValue().textValue())) {
                problems.add(Problem.error(JsonPaths.field(path, entry.getKey()),
                        "not valid base64: " + entry.getKey() + " data must be base64-encoded").inCell(cell, id));
            }
        }
    }

    /** Images and other binary types; SVG is text. */
    private static boolean isBase64Mime(String mime) {
        return (mime.startsWith("image/") && !mime.equals("image/svg+xml")) || mime.equals("application/pdf");
    }

    static boolean isBase64(String text) {
        int significant = 0;
        int padding = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                continue;
            }
            if (c == '=') {
                padding++;
            } else if (padding > 0 || !isAlphabet(c)) {
                return false;
            }
            significant++;
        }
        return padding <= 2 && significant % 4 == 0;
    }

    private static boolean isAlphabet(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    }
}
