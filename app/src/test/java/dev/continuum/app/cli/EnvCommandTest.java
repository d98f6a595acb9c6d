package dev.continuum.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code continuum env ...} as a script sees it, with temporary XDG folders (never the real home). */
class EnvCommandTest {

    private static final String ME = System.getProperty("user.name");
    private static final String TEMPLATE = """
            {"name": "gpu", "version": 1, "kind": "slurm", "description": "A GPU node",
             "parameters": [
               {"name": "host", "type": "string", "required": true},
               {"name": "port", "type": "integer", "default": 22, "minimum": 1, "maximum": 65535},
               {"name": "password", "type": "secret"}],
             "resources": {"cpus": 8, "memory": "32G", "gpus": 1, "wall_time": "04:00:00"}}
            """;

    @TempDir
    Path dir;

    private Path config;
    private Path data;
    private Path lab;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--config-dir", config.toString(), "--data-dir", data.toString(), "--registry", lab.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = ContinuumCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void registry() throws Exception {
        config = dir.resolve("config");
        data = dir.resolve("data");
        lab = dir.resolve("lab");
        Files.createDirectories(config.resolve("continuum"));
        Files.writeString(config.resolve("continuum/groups.json"),
                "{\"admins\": [\"" + ME + "\"], \"groups\": {\"ml\": [\"" + ME + "\"]}}");
        Files.writeString(dir.resolve("gpu.json"), TEMPLATE);
    }

    private void publish() {
        Run run = run("env", "template", "publish", dir.resolve("gpu.json").toString(), "--to", "ml");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void publishCreateListShowDelete() throws Exception {
        Run published = run("env", "template", "publish", dir.resolve("gpu.json").toString(), "--to", "ml", "--json");
        assertThat(published.exit()).as(published.err()).isZero();
        assertThat(new ObjectMapper().readTree(published.out()).get("to").asText()).isEqualTo("group:ml");
        assertThat(lab.resolve("templates/gpu.sig")).exists();

        Run created = run("env", "create", "--template", "gpu", "--set", "host=login.lab", "--set", "port=2222",
                "--set", "password=store:lab", "--name", "my-gpu");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("created environment my-gpu from template gpu v1");

        Run list = run("env", "list");
        assertThat(list.exit()).isZero();
        assertThat(list.out()).contains("my-gpu\tgpu v1\tslurm\tup to date");

        JsonNode shown = new ObjectMapper().readTree(run("env", "show", "my-gpu", "--json").out());
        assertThat(shown.at("/environment/parameters/port").asInt()).isEqualTo(2222);
        assertThat(shown.at("/environment/parameters/password").asText()).isEqualTo("store:lab");
        assertThat(shown.at("/template/kind").asText()).isEqualTo("slurm");
        assertThat(shown.get("update_available").asBoolean()).isFalse();

        assertThat(run("env", "delete", "my-gpu").out()).contains("deleted environment my-gpu");
        assertThat(run("env", "list", "--json").out()).contains("\"environments\" : [ ]");
    }

    @Test
    void listJsonShowsUpdateAvailable() throws Exception {
        publish();
        assertThat(run("env", "create", "--template", "gpu", "--set", "host=h").exit()).isZero();
        Files.writeString(dir.resolve("gpu.json"), TEMPLATE.replace("\"version\": 1", "\"version\": 2"));
        publish();
        JsonNode list = new ObjectMapper().readTree(run("env", "list", "--json").out());
        JsonNode entry = list.get("environments").get(0);
        assertThat(entry.get("name").asText()).isEqualTo("gpu");
        assertThat(entry.get("update_available").asBoolean()).isTrue();
        assertThat(entry.get("latest_version").asInt()).isEqualTo(2);
        assertThat(run("env", "show", "gpu").out()).contains("template: gpu v1 (update available: v2)");
    }

    @Test
    void unknownNameExitsOneAndSaysWhatIsKnown() throws Exception {
        publish();
        run("env", "create", "--template", "gpu", "--set", "host=h", "--name", "a");
        Run run = run("env", "show", "nope");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("unknown environment nope (known: a)");
        JsonNode json = new ObjectMapper().readTree(run("env", "show", "nope", "--json").out());
        assertThat(json.get("found").asBoolean()).isFalse();
        assertThat(run("env", "delete", "nope").exit()).isEqualTo(1);
    }

    @Test
    void invalidValuesExitOneNamingFileAndField() {
        publish();
        Run run = run("env", "create", "--template", "gpu", "--set", "port=abc");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(config.resolve("continuum/environments/gpu.json") + ": $.parameters.port: expected integer, found \"abc\"")
                .contains("$.parameters.host: missing required parameter \"host\"");
        assertThat(run("env", "create", "--template", "cpu").err()).contains("unknown template cpu (known: gpu)");
    }

    @Test
    void aSecretTypedOnTheCommandLineIsRefusedAndWrittenNowhere() throws Exception {
        publish();
        String secret = "hunter2-do-not-store";
        Run run = run("env", "create", "--template", "gpu", "--set", "host=h", "--set", "password=" + secret);
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("a secret parameter holds only a reference").doesNotContain(secret);
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(secret);
            }
        }
    }

    @Test
    void aTamperedSharedTemplateIsRefusedWithAWarning() throws Exception {
        publish();
        Path template = lab.resolve("templates/gpu.json");
        Files.writeString(template, Files.readString(template).replace("32G", "64G"));
        Run run = run("env", "template", "list");
        assertThat(run.out()).doesNotContain("gpu\tv1");
        assertThat(run.err()).contains("warning: " + template + ": refused: the signature gpu.sig does not match");
        assertThat(run("env", "create", "--template", "gpu", "--set", "host=h").exit()).isEqualTo(1);
    }

    @Test
    void secretsGoInFromStdinAndOutNowhere() throws Exception {
        String secret = "pa55-from-stdin-42";
        java.io.InputStream before = EnvSecretCommand.input;
        try {
            EnvSecretCommand.input = new java.io.ByteArrayInputStream((secret + "\n").getBytes(StandardCharsets.UTF_8));
            Run put = run("env", "secret", "put", "lab");
            assertThat(put.exit()).as(put.err()).isZero();
            assertThat(put.out()).contains("store:lab").doesNotContain(secret);
        } finally {
            EnvSecretCommand.input = before;
        }
        assertThat(new dev.continuum.env.SecretStore(data.resolve("continuum")).get("lab")).contains(secret);
        assertThat(run("env", "secret", "list").out()).isEqualTo("lab" + System.lineSeparator());
        publish();
        assertThat(run("env", "create", "--template", "gpu", "--set", "host=h", "--set", "password=store:lab").exit()).isZero();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString()).doesNotContain(secret);
            }
        }
        assertThat(run("env", "secret", "delete", "lab").exit()).isZero();
        assertThat(run("env", "secret", "delete", "lab").exit()).isEqualTo(1);
    }

    @Test
    void wrongUsageExitsTwo() {
        assertThat(run("env", "create", "--set", "host=h").exit()).isEqualTo(2);
        assertThat(run("env").exit()).isEqualTo(2);
        assertThat(run("env", "template", "publish", dir.resolve("gpu.json").toString()).exit()).isEqualTo(2);
    }

    @Test
    void aBadPrincipalIsWrongUsage() {
        assertThat(run("env", "template", "publish", dir.resolve("gpu.json").toString(), "--to", "user:").exit()).isEqualTo(2);
    }

    @Test
    void onlyAdminsPublish() throws Exception {
        Files.writeString(config.resolve("continuum/groups.json"), "{\"groups\": {\"ml\": [\"" + ME + "\"]}}");
        Run run = run("env", "template", "publish", dir.resolve("gpu.json").toString(), "--to", "ml");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(ME + " may not publish templates: only admins may");
    }
}
