package dev.continuum.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void theThemeChosenIsTheThemeOfTheNextStartAndOtherKeysAreKept() throws Exception {
        Path file = dir.resolve("config/continuum/settings.json");
        Settings first = Settings.load(file);
        assertThat(first.darkTheme()).isFalse();

        first.setDarkTheme(true);
        first.save();
        Files.writeString(file, Files.readString(file).replace("{", "{\n  \"future\" : 1,"));
        Settings next = Settings.load(file);
        assertThat(next.darkTheme()).isTrue();
        next.setDarkTheme(false);
        next.save();

        assertThat(Settings.load(file).darkTheme()).isFalse();
        assertThat(Files.readString(file)).contains("\"future\" : 1");
    }

    @Test
    void aDamagedFileGivesTheDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{ not json");
        assertThat(Settings.load(file).darkTheme()).isFalse();
    }
}
