package dev.continuum.env;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Who the admins are and which users are in which group, as {@code groups.json} holds them. */
public record Groups(Set<String> admins, Map<String, Set<String>> groups) {

    public static final Groups NONE = new Groups(Set.of(), Map.of());

    public Groups {
        admins = Set.copyOf(admins);
        Map<String, Set<String>> copy = new TreeMap<>();
        groups.forEach((name, members) -> copy.put(name, Set.copyOf(members)));
        groups = java.util.Collections.unmodifiableMap(copy);
    }

    public static Groups read(Path file) throws EnvFileException {
        if (!Files.exists(file)) {
            return NONE;
        }
        JsonNode tree = EnvFiles.parse(file, SchemaCheck.GROUPS);
        Set<String> admins = new TreeSet<>();
        tree.path("admins").forEach(a -> admins.add(a.asText()));
        Map<String, Set<String>> groups = new TreeMap<>();
        tree.path("groups").properties().forEach(e -> {
            Set<String> members = new TreeSet<>();
            e.getValue().forEach(m -> members.add(m.asText()));
            groups.put(e.getKey(), members);
        });
        return new Groups(admins, groups);
    }

    public void write(Path file) throws IOException {
        var tree = EnvJson.MAPPER.createObjectNode();
        tree.putPOJO("admins", new TreeSet<>(admins));
        var groupsNode = tree.putObject("groups");
        groups.forEach((name, members) -> groupsNode.putPOJO(name, new TreeSet<>(members)));
        EnvFiles.write(file, tree);
    }

    /** Both folders' admins and members together. */
    public Groups merge(Groups other) {
        Set<String> allAdmins = new TreeSet<>(admins);
        allAdmins.addAll(other.admins);
        Map<String, Set<String>> all = new TreeMap<>();
        for (Groups g : List.of(this, other)) {
            g.groups.forEach((name, members) -> all.computeIfAbsent(name, n -> new TreeSet<>()).addAll(members));
        }
        return new Groups(allAdmins, all);
    }

    public Groups withMember(String group, String user) {
        Map<String, Set<String>> all = new TreeMap<>(groups);
        Set<String> members = new TreeSet<>(all.getOrDefault(group, Set.of()));
        members.add(user);
        all.put(group, members);
        return new Groups(admins, all);
    }

    /** Who {@code user} is here: an admin or not, and the groups they belong to. */
    public Identity identify(String user) {
        List<String> memberOf = new ArrayList<>();
        groups.forEach((name, members) -> {
            if (members.contains(user)) {
                memberOf.add(name);
            }
        });
        return new Identity(user, admins.contains(user), Set.copyOf(memberOf));
    }
}
