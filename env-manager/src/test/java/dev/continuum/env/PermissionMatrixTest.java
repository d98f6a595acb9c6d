package dev.continuum.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may see, create, publish and delete which templates and environments: one row per case. */
class PermissionMatrixTest {

    static final Identity ADMIN = new Identity("root", true, Set.of());
    static final Identity MEMBER = new Identity("alice", false, Set.of("ml"));
    static final Identity OUTSIDER = new Identity("bob", false, Set.of("physics"));
    static final Identity NAMED = new Identity("dave", false, Set.of());

    /** Shared with group ml and with user dave. */
    static final Template SHARED = template("gpu", List.of("group:ml", "user:dave"));
    static final Template UNSHARED = template("draft", List.of());

    /** alice's own, private. */
    static final Environment PRIVATE = environment("alice-gpu", "alice", List.of());
    /** carol's, shared with group ml. */
    static final Environment SHARED_ENV = environment("carol-gpu", "carol", List.of("group:ml"));

    static Template template(String name, List<String> sharedWith) {
        return new Template(name, 1, Kind.SLURM, null, List.of(), null, null, List.of(), Map.of(), "root", sharedWith);
    }

    static Environment environment(String name, String owner, List<String> sharedWith) {
        return new Environment(name, "gpu", 1, null, Map.of(), Map.of(), owner, sharedWith);
    }

    static Stream<Arguments> templateRows() {
        return Stream.of(
                // who, action, template, allowed
                Arguments.of(ADMIN, Action.SEE, UNSHARED, true),
                Arguments.of(ADMIN, Action.CREATE, UNSHARED, true),
                Arguments.of(ADMIN, Action.PUBLISH, UNSHARED, true),
                Arguments.of(ADMIN, Action.DELETE, SHARED, true),
                Arguments.of(MEMBER, Action.SEE, SHARED, true),
                Arguments.of(MEMBER, Action.SEE, UNSHARED, false),
                Arguments.of(MEMBER, Action.CREATE, SHARED, false),
                Arguments.of(MEMBER, Action.PUBLISH, SHARED, false),
                Arguments.of(MEMBER, Action.DELETE, SHARED, false),
                Arguments.of(NAMED, Action.SEE, SHARED, true),
                Arguments.of(NAMED, Action.PUBLISH, SHARED, false),
                Arguments.of(OUTSIDER, Action.SEE, SHARED, false),
                Arguments.of(OUTSIDER, Action.DELETE, UNSHARED, false));
    }

    @ParameterizedTest(name = "{0} {1} template {2} -> {3}")
    @MethodSource("templateRows")
    void templates(Identity who, Action action, Template template, boolean allowed) {
        assertThat(Permissions.may(who, action, template)).isEqualTo(allowed);
    }

    static Stream<Arguments> environmentRows() {
        Environment forAlice = environment("new", "alice", List.of());
        Environment forBob = environment("new", "bob", List.of());
        Environment aliceForBob = environment("new", "bob", List.of());
        return Stream.of(
                // who, action, environment, its template, allowed
                Arguments.of(MEMBER, Action.SEE, PRIVATE, SHARED, true),
                Arguments.of(MEMBER, Action.PUBLISH, PRIVATE, SHARED, true),
                Arguments.of(MEMBER, Action.DELETE, PRIVATE, SHARED, true),
                Arguments.of(OUTSIDER, Action.SEE, PRIVATE, SHARED, false),
                Arguments.of(OUTSIDER, Action.DELETE, PRIVATE, SHARED, false),
                Arguments.of(ADMIN, Action.SEE, PRIVATE, SHARED, false),
                Arguments.of(ADMIN, Action.DELETE, PRIVATE, SHARED, false),
                Arguments.of(MEMBER, Action.SEE, SHARED_ENV, SHARED, true),
                Arguments.of(MEMBER, Action.DELETE, SHARED_ENV, SHARED, false),
                Arguments.of(MEMBER, Action.PUBLISH, SHARED_ENV, SHARED, false),
                Arguments.of(OUTSIDER, Action.SEE, SHARED_ENV, SHARED, false),
                Arguments.of(MEMBER, Action.CREATE, forAlice, SHARED, true),
                Arguments.of(MEMBER, Action.CREATE, forAlice, UNSHARED, false),
                Arguments.of(MEMBER, Action.CREATE, forAlice, null, false),
                Arguments.of(OUTSIDER, Action.CREATE, forBob, SHARED, false),
                Arguments.of(MEMBER, Action.CREATE, aliceForBob, SHARED, false),
                Arguments.of(ADMIN, Action.CREATE, environment("new", "root", List.of()), UNSHARED, true));
    }

    @ParameterizedTest(name = "{0} {1} environment {2} -> {4}")
    @MethodSource("environmentRows")
    void environments(Identity who, Action action, Environment environment, Template template, boolean allowed) {
        assertThat(Permissions.may(who, action, environment, template)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} manages groups -> {1}")
    @MethodSource("groupRows")
    void groups(Identity who, boolean allowed) {
        assertThat(Permissions.mayManageGroups(who)).isEqualTo(allowed);
    }

    static Stream<Arguments> groupRows() {
        return Stream.of(Arguments.of(ADMIN, true), Arguments.of(MEMBER, false), Arguments.of(OUTSIDER, false));
    }

    @org.junit.jupiter.api.Test
    void groupsFileMakesIdentities() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("groups").resolve("groups.json");
        new Groups(Set.of("root"), Map.of("ml", Set.of("alice", "carol"))).withMember("physics", "bob").write(file);
        Groups groups = Groups.read(file);
        assertThat(groups.identify("alice")).isEqualTo(MEMBER);
        assertThat(groups.identify("root")).isEqualTo(ADMIN);
        assertThat(groups.identify("bob")).isEqualTo(OUTSIDER);
        assertThat(groups.identify("root").role()).isEqualTo(Role.ADMIN);
        assertThat(groups.identify("bob").role()).isEqualTo(Role.USER);
    }
}
