package dev.continuum.env;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The templates and environments this user can reach: their own folder first, then every shared
 * folder in order (the first file of a name wins). A snapshot: load again to see changes. Files
 * that cannot be used are left out and reported in {@link #problems()}, each naming its file.
 */
public final class Registry {

    /** A loaded file and the folder it came from. */
    public record Entry<T>(T value, Path file, RegistryFolder folder) {
    }

    private final RegistryFolder user;
    private final List<RegistryFolder> shared;
    private final Map<String, Entry<Template>> templates = new TreeMap<>();
    private final Map<String, Entry<Environment>> environments = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();
    private Groups groups = Groups.NONE;

    private Registry(RegistryFolder user, List<RegistryFolder> shared) {
        this.user = user;
        this.shared = List.copyOf(shared);
    }

    public static Registry load(Path userFolder, List<Path> sharedFolders) {
        Registry registry = new Registry(RegistryFolder.user(userFolder), sharedFolders.stream().map(RegistryFolder::shared).toList());
        registry.load();
        return registry;
    }

    private void load() {
        List<RegistryFolder> all = new ArrayList<>();
        all.add(user);
        all.addAll(shared);
        for (RegistryFolder folder : all) {
            try {
                groups = groups.merge(Groups.read(folder.groupsFile()));
            } catch (EnvFileException e) {
                problems.addAll(e.problems());
            }
            List<PublicKey> trusted = folder.shared() ? TemplateSigning.trustedKeys(folder.trustedKeys(), problems) : List.of();
            for (Path file : jsonFiles(folder.templates())) {
                try {
                    Template template = EnvFiles.readTemplate(file);
                    String refusal = folder.shared() ? TemplateSigning.refusal(file, EnvJson.MAPPER.readTree(file.toFile()), trusted) : null;
                    if (refusal != null) {
                        problems.add(refusal);
                    } else {
                        templates.putIfAbsent(template.name(), new Entry<>(template, file, folder));
                    }
                } catch (EnvFileException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(file + ": $: cannot read the file: " + e.getMessage());
                }
            }
            for (Path file : jsonFiles(folder.environments())) {
                try {
                    Environment environment = EnvFiles.readEnvironment(file);
                    environments.putIfAbsent(environment.name(), new Entry<>(environment, file, folder));
                } catch (EnvFileException e) {
                    problems.addAll(e.problems());
                }
            }
        }
    }

    private List<Path> jsonFiles(Path folder) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
                stream.forEach(files::add);
            } catch (IOException e) {
                problems.add(folder + ": cannot list the folder: " + e.getMessage());
            }
        }
        files.sort(null);
        return files;
    }

    public RegistryFolder userFolder() {
        return user;
    }

    public List<RegistryFolder> sharedFolders() {
        return shared;
    }

    public Groups groups() {
        return groups;
    }

    /** Files left out, one line each, naming the file (and field). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    public List<Entry<Template>> templates() {
        return List.copyOf(templates.values());
    }

    public List<Entry<Environment>> environments() {
        return List.copyOf(environments.values());
    }

    /** The templates {@code who} may see: owned by or shared with them, or an unowned one in their own folder (they put it there). */
    public List<Entry<Template>> templates(Identity who) {
        return templates.values().stream().filter(e -> visible(who, e)).toList();
    }

    private static boolean visible(Identity who, Entry<Template> entry) {
        return !entry.folder().shared() && entry.value().owner() == null || Permissions.may(who, Action.SEE, entry.value());
    }

    /** The environments {@code who} may see. */
    public List<Entry<Environment>> environments(Identity who) {
        return environments.values().stream()
                .filter(e -> Permissions.may(who, Action.SEE, e.value(), template(e.value().template()).map(Entry::value).orElse(null)))
                .toList();
    }

    public Optional<Entry<Template>> template(String name) {
        return Optional.ofNullable(templates.get(name));
    }

    public Optional<Entry<Environment>> environment(String name) {
        return Optional.ofNullable(environments.get(name));
    }

    /** What a notebook's environment name means here, for {@code who}. */
    public Resolution resolve(String name, Identity who) {
        List<Entry<Environment>> visible = environments(who);
        for (Entry<Environment> entry : visible) {
            if (entry.value().name().equals(name)) {
                Template template = template(entry.value().template()).map(Entry::value).orElse(null);
                return new Resolution.Found(name, entry.value(), entry.file(), template);
            }
        }
        return new Resolution.Unknown(name, visible.stream().map(e -> e.value().name()).toList());
    }

    /** Instantiates a template the user can see as their own environment, in their own folder. */
    public Entry<Environment> createEnvironment(Identity who, String name, String templateName, Map<String, JsonNode> values)
            throws RegistryException {
        Entry<Template> template = template(templateName).filter(t -> visible(who, t))
                .orElseThrow(() -> new RegistryException(unknown("template", templateName, templates(who).stream().map(t -> t.value().name()).toList())));
        if (environments.containsKey(name)) {
            throw new RegistryException("an environment named " + name + " already exists; choose another name");
        }
        Environment environment = new Environment(name, templateName, template.value().version(), template.value().description(),
                values, Map.of(), who.user(), List.of());
        // Seeing the template (checked above, an unowned one in the user's folder included) is what instantiating needs.
        if (!who.user().equals(environment.owner()) || !visible(who, template)) {
            throw new RegistryException(who.user() + " may not instantiate template " + templateName);
        }
        Path file = user.environmentFile(name);
        List<String> invalid = ParameterCheck.values(template.value(), environment.parameters());
        if (!invalid.isEmpty()) {
            throw new RegistryException(String.join("\n", invalid.stream().map(p -> file + ": " + p).toList()));
        }
        try {
            EnvFiles.write(file, environment);
        } catch (IOException e) {
            throw new RegistryException(file + ": cannot write: " + e.getMessage(), e);
        }
        Entry<Environment> entry = new Entry<>(environment, file, user);
        environments.put(name, entry);
        return entry;
    }

    static String unknown(String what, String name, List<String> known) {
        return "unknown " + what + " " + name + " (known: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ")";
    }

    /** Deletes one of the user's own environments. */
    public void deleteEnvironment(Identity who, String name) throws RegistryException {
        Entry<Environment> entry = environment(name)
                .filter(e -> Permissions.may(who, Action.SEE, e.value(), null))
                .orElseThrow(() -> new RegistryException(((Resolution.Unknown) resolve(name, who)).message()));
        if (!Permissions.may(who, Action.DELETE, entry.value(), null)) {
            throw new RegistryException(who.user() + " may not delete environment " + name + " (it belongs to " + entry.value().owner() + ")");
        }
        if (entry.folder().shared()) {
            throw new RegistryException(name + " lives in the shared registry " + entry.folder().root() + "; delete it there");
        }
        try {
            Files.delete(entry.file());
        } catch (IOException e) {
            throw new RegistryException(entry.file() + ": cannot delete: " + e.getMessage(), e);
        }
        environments.remove(name);
    }
}
