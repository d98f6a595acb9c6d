package dev.continuum.env;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published schemas are themselves valid draft 2020-12 schemas (checked against the bundled meta-schema, offline). */
class SchemasTest {

    private static final String META = "https://json-schema.org/draft/2020-12/schema";

    @ParameterizedTest
    @ValueSource(strings = {SchemaCheck.TEMPLATE, SchemaCheck.ENVIRONMENT, SchemaCheck.SUB_ENVIRONMENT, SchemaCheck.GROUPS})
    void eachSchemaIsAValidDraft202012Schema(String name) throws Exception {
        JsonNode schema;
        try (InputStream in = SchemaCheck.open(name)) {
            schema = EnvJson.MAPPER.readTree(in);
        }
        assertThat(schema.get("$schema").asText()).isEqualTo(META);
        assertThat(schema.get("$id").asText()).endsWith("/" + name);
        var meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaLocation.of(META));
        assertThat(meta.validate(schema)).isEmpty();
        // and the check is real: a broken schema fails it
        assertThat(meta.validate(EnvJson.MAPPER.readTree("{\"type\": 5, \"required\": \"name\"}"))).isNotEmpty();
    }
}
