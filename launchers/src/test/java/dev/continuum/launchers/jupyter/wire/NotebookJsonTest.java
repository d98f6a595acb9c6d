package dev.continuum.launchers.jupyter.wire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.continuum.notebook.MimeBundle;
import dev.continuum.notebook.json.JsonArray;
import dev.continuum.notebook.json.JsonNumber;
import dev.continuum.notebook.json.JsonObject;
import dev.continuum.notebook.json.JsonString;
import org.junit.jupiter.api.Test;
import java.math.BigInteger;

class NotebookJsonTest {

    @Test
    void membersKeepTheKernelsOrderAndNumbersTheirKind() throws Exception {
        JsonObject object = NotebookJson.object(Json.MAPPER.readTree(
                "{\"zeta\": 1, \"alpha\": 1.0, \"mid\": [true, null, 12345678901234567890123], \"big\": 2.5e300}"));

        assertThat(object.keys()).containsExactly("zeta", "alpha", "mid", "big");
        assertThat(((JsonNumber) object.get("zeta")).isIntegral()).isTrue();
        assertThat(((JsonNumber) object.get("alpha")).isIntegral()).isFalse();
        assertThat(((JsonArray) object.get("mid")).get(2)).isEqualTo(new JsonNumber(new BigInteger("12345678901234567890123")));
    }

    @Test
    void textTypesBecomeOneStringWhileJsonTypesKeepTheirStructure() throws Exception {
        MimeBundle bundle = NotebookJson.mimeBundle(Json.MAPPER.readTree("""
                {"text/plain": ["line 1\\n", "line 2"], "application/json": ["a", "b"],
                 "application/vnd.custom+json": {"k": [1]}, "image/png": "iVBORw0KGgo="}"""));

        assertThat(bundle.mimeTypes()).containsExactly("text/plain", "application/json", "application/vnd.custom+json", "image/png");
        assertThat(bundle.text("text/plain")).contains("line 1\nline 2");
        assertThat(bundle.get("application/json")).contains(JsonArray.of(new JsonString("a"), new JsonString("b")));
        assertThat(bundle.get("application/vnd.custom+json").orElseThrow()).isInstanceOf(JsonObject.class);
        assertThat(bundle.text("image/png")).contains("iVBORw0KGgo=");
    }

    @Test
    void missingDataIsAnEmptyBundle() {
        assertThat(NotebookJson.mimeBundle(null)).isEqualTo(MimeBundle.EMPTY);
        assertThat(NotebookJson.object(null)).isEqualTo(JsonObject.EMPTY);
    }
}
