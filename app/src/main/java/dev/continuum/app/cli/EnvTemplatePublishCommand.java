package dev.continuum.app.cli;

import dev.continuum.env.AdminKey;
import dev.continuum.env.EnvFileException;
import dev.continuum.env.EnvJson;
import dev.continuum.env.Identity;
import dev.continuum.env.Principal;
import dev.continuum.env.Registry;
import dev.continuum.env.RegistryException;
import dev.continuum.env.RegistryFolder;
import dev.continuum.env.TemplatePublisher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code continuum env template publish FILE --to GROUP}: an admin signs a template with their
 * Ed25519 key ($XDG_DATA_HOME/continuum/admin-ed25519.key, made on first use) and places it in a
 * shared registry, shared with the group (or {@code user:NAME}).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Sign a template and publish it to a group or user in a shared registry (admins only).")
final class EnvTemplatePublishCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    EnvOptions options;

    @Parameters(paramLabel = "FILE", description = "The template's JSON file.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "GROUP", description = "A group, group:NAME or user:NAME.")
    String to;

    @Option(names = "--into", paramLabel = "DIR", description = "The shared registry folder (default: the first shared registry).")
    Path into;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> shared = options.sharedRegistries();
        Path target = into != null ? into : shared.isEmpty() ? null : shared.getFirst();
        if (target == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no shared registry to publish into: give --into DIR or --registry DIR");
        }
        Principal principal;
        try {
            principal = Principal.parse(to);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--to: " + e.getMessage());
        }
        Registry registry = options.registry();
        Identity admin = EnvOptions.identity(registry);
        try {
            KeyPair key = AdminKey.loadOrCreate(options.paths().dataDir());
            Path published = TemplatePublisher.publish(admin, key, file, principal, RegistryFolder.shared(target));
            out.println(options.json
                    ? EnvOptions.pretty(EnvJson.MAPPER.createObjectNode().put("published", published.toString())
                            .put("to", principal.toString()).put("signed_by", admin.user()))
                    : "published " + file + " to " + principal + ": " + published + " (signed by " + admin.user() + ")");
            out.flush();
            return 0;
        } catch (RegistryException | EnvFileException | GeneralSecurityException e) {
            err.println("continuum: " + e.getMessage());
            err.flush();
            return 1;
        }
    }
}
