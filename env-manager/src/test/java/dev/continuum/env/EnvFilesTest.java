package dev.continuum.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every JSON shape round-trips through its schema; every bad file is named with its field. */
class EnvFilesTest {

    @TempDir
    Path dir;

    static Template gpuTemplate(int version) {
        return new Template("gpu", version, Kind.SLURM, "A GPU node on the lab cluster",
                List.of(new Parameter("host", ParameterType.STRING, null, true, "login node", null, null, "[a-z0-9.-]+", null),
                        new Parameter("port", ParameterType.INTEGER, IntNode.valueOf(22), false, null, 1.0, 65535.0, null, null),
                        new Parameter("partition", ParameterType.ENUM, TextNode.valueOf("gpu"), false, null, null, null, null, List.of("gpu", "cpu")),
                        new Parameter("work_dir", ParameterType.PATH, null, false, null, null, null, null, null),
                        new Parameter("ratio", ParameterType.NUMBER, null, false, null, 0.0, 1.0, null, null),
                        new Parameter("exclusive", ParameterType.BOOLEAN, null, false, null, null, null, null, null),
                        new Parameter("password", ParameterType.SECRET, null, false, null, null, null, null, null)),
                new Resources(8, "32G", 1, "04:00:00"), "debian:trixie", List.of("numpy", "torch"),
                Map.of("site", "lab"), "root", List.of("group:ml"));
    }

    static Environment gpuEnvironment(Map<String, JsonNode> values) {
        return new Environment("my-gpu", "gpu", 1, null, values, Map.of(), "alice", List.of());
    }

    @Test
    void everyShapeRoundTripsThroughItsSchema() throws Exception {
        Template template = gpuTemplate(3);
        Path templateFile = dir.resolve("gpu.json");
        EnvFiles.write(templateFile, template);
        assertThat(SchemaCheck.problems(SchemaCheck.TEMPLATE, EnvJson.MAPPER.readTree(templateFile.toFile()))).isEmpty();
        assertThat(EnvFiles.readTemplate(templateFile)).isEqualTo(template);

        Environment environment = gpuEnvironment(Map.of("host", TextNode.valueOf("login.lab"), "port", IntNode.valueOf(2222),
                "password", TextNode.valueOf("store:lab-password")));
        Path environmentFile = dir.resolve("my-gpu.json");
        EnvFiles.write(environmentFile, environment);
        assertThat(EnvFiles.readEnvironment(environmentFile)).isEqualTo(environment);
        EnvFiles.check(environmentFile, environment, template);

        SubEnvironment sub = new SubEnvironment("my-gpu", List.of("pip:scipy", "pip:pandas"));
        Path subFile = dir.resolve(sub.hash().substring(7) + ".json");
        EnvFiles.write(subFile, sub);
        assertThat(Files.readString(subFile)).contains("\"hash\" : \"sha256:");
        assertThat(EnvFiles.readSubEnvironment(subFile)).isEqualTo(sub);

        Path minimal = dir.resolve("bare.json");
        Files.writeString(minimal, "{\"name\":\"bare\",\"version\":1,\"kind\":\"local\"}");
        assertThat(EnvFiles.readTemplate(minimal).parameters()).isEmpty();
    }

    @Test
    void updateAvailableWhenTheTemplateIsNewer() {
        Environment environment = gpuEnvironment(Map.of());
        assertThat(environment.updateAvailable(gpuTemplate(1))).isFalse();
        assertThat(environment.updateAvailable(gpuTemplate(2))).isTrue();
    }

    @Test
    void identicalSubEnvironmentsShareOneHash() {
        SubEnvironment a = new SubEnvironment("my-gpu", List.of("pip:scipy", "pip:pandas"));
        SubEnvironment b = new SubEnvironment("my-gpu", List.of("pip:pandas", "pip:scipy", "pip:pandas"));
        assertThat(a.hash()).isEqualTo(b.hash()).matches("sha256:[0-9a-f]{64}");
        assertThat(new SubEnvironment("other", a.dependencies()).hash()).isNotEqualTo(a.hash());
        assertThat(new SubEnvironment("my-gpu", List.of("pip:scipy")).hash()).isNotEqualTo(a.hash());
    }

    @Test
    void anIdenticalSubEnvironmentReusesTheFile() throws Exception {
        SubEnvironments subs = new SubEnvironments(dir);
        Path first = subs.reuseOrCreate(new SubEnvironment("my-gpu", List.of("pip:scipy", "pip:pandas")));
        long modified = Files.getLastModifiedTime(first).toMillis();
        Path second = subs.reuseOrCreate(new SubEnvironment("my-gpu", List.of("pip:pandas", "pip:scipy")));
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second).toMillis()).isEqualTo(modified);
        assertThat(subs.reuseOrCreate(new SubEnvironment("my-gpu", List.of("pip:torch")))).isNotEqualTo(first);
        try (var files = Files.list(dir.resolve("sub-environments"))) {
            assertThat(files.count()).isEqualTo(2);
        }
        assertThat(EnvFiles.readSubEnvironment(first).dependencies()).containsExactly("pip:pandas", "pip:scipy");
    }

    @Test
    void aTamperedSubEnvironmentHashIsNamed() throws Exception {
        Path file = dir.resolve("sub.json");
        Files.writeString(file, "{\"environment\":\"e\",\"dependencies\":[\"x\"],\"hash\":\"sha256:" + "0".repeat(64) + "\"}");
        assertThatThrownBy(() -> EnvFiles.readSubEnvironment(file)).hasMessageStartingWith(file + ": $.hash: does not match");
    }

    @Test
    void badJsonNamesFileAndPosition() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"name\": \"broken\",\n \"version\": 1,,}");
        assertThatThrownBy(() -> EnvFiles.readTemplate(file)).isInstanceOf(EnvFileException.class)
                .hasMessageStartingWith(file + ": $: not valid JSON (line 2, column");
    }

    @Test
    void unknownKindIsNamed() throws Exception {
        Path file = dir.resolve("cloud.json");
        Files.writeString(file, "{\"name\":\"cloud\",\"version\":1,\"kind\":\"mainframe\"}");
        assertThatThrownBy(() -> EnvFiles.readTemplate(file))
                .hasMessage(file + ": $.kind: unknown kind \"mainframe\" (expected one of local, docker, ssh, slurm, kubernetes, edge)");
    }

    @Test
    void schemaProblemsNameTheField() throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, "{\"name\":\"t\",\"version\":\"two\",\"kind\":\"ssh\",\"parameters\":[{\"name\":\"p\"}],\"colour\":1}");
        EnvFileException e = (EnvFileException) org.assertj.core.api.Assertions.catchThrowable(() -> EnvFiles.readTemplate(file));
        assertThat(e.problems()).anyMatch(p -> p.startsWith(file + ": $.version: "))
                .anyMatch(p -> p.startsWith(file + ": $.parameters[0].type: "))
                .anyMatch(p -> p.startsWith(file + ": $.colour: "));
    }

    @Test
    void aDefaultMustFitItsOwnParameter() throws Exception {
        Path file = dir.resolve("t.json");
        Files.writeString(file, "{\"name\":\"t\",\"version\":1,\"kind\":\"ssh\",\"parameters\":[{\"name\":\"port\",\"type\":\"integer\",\"default\":\"x\"}]}");
        assertThatThrownBy(() -> EnvFiles.readTemplate(file)).hasMessage(file + ": $.parameters[0].default: expected integer, found \"x\"");
    }

    @Test
    void missingRequiredParameterAndWrongTypeAreNamed() throws Exception {
        Path file = Files.createDirectories(dir.resolve("envs")).resolve("my-gpu.json");
        Environment environment = gpuEnvironment(Map.of("port", TextNode.valueOf("abc"), "partition", TextNode.valueOf("fpga"),
                "ratio", com.fasterxml.jackson.databind.node.DoubleNode.valueOf(1.5), "colour", TextNode.valueOf("red")));
        EnvFiles.write(file, environment);
        Environment read = EnvFiles.readEnvironment(file);
        EnvFileException e = (EnvFileException) org.assertj.core.api.Assertions.catchThrowable(() -> EnvFiles.check(file, read, gpuTemplate(1)));
        assertThat(e.problems()).containsExactlyInAnyOrder(
                file + ": $.parameters.host: missing required parameter \"host\" of template gpu",
                file + ": $.parameters.port: expected integer, found \"abc\"",
                file + ": $.parameters.partition: expected one of gpu, cpu, found \"fpga\"",
                file + ": $.parameters.ratio: 1.5 is above the maximum 1",
                file + ": $.parameters.colour: template gpu has no parameter \"colour\"");
    }

    @Test
    void aSecretLiteralIsRefusedWithoutBeingEchoed() {
        Environment environment = gpuEnvironment(Map.of("host", TextNode.valueOf("h"), "password", TextNode.valueOf("hunter2")));
        assertThatThrownBy(() -> EnvFiles.check(Path.of("e.json"), environment, gpuTemplate(1)))
                .hasMessageContaining("$.parameters.password: a secret parameter holds only a reference")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void theFileNameMatchesTheName() throws Exception {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"name\":\"t\",\"version\":1,\"kind\":\"local\"}");
        assertThatThrownBy(() -> EnvFiles.readTemplate(file)).hasMessageContaining(file + ": $.name: \"t\" does not match the file name");
    }

    @Test
    void canonicalBytesIgnoreKeyOrderAndWhitespace() throws Exception {
        JsonNode a = EnvJson.MAPPER.readTree("{\"b\": 1, \"a\": {\"y\": 2, \"x\": [3, 4]}}");
        JsonNode b = EnvJson.MAPPER.readTree("{\"a\":{\"x\":[3,4],\"y\":2},\"b\":1}");
        assertThat(EnvJson.canonical(a)).isEqualTo(EnvJson.canonical(b));
        assertThat(new String(EnvJson.canonical(a), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"a\":{\"x\":[3,4],\"y\":2},\"b\":1}");
    }
}
