package dev.continuum.launchers.jshell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.aether.ConfigurationProperties;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.Maven3ScopeManagerConfiguration;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;

/**
 * Resolves {@code %maven} coordinates to jars: the artifact and its transitive runtime
 * dependencies, from the configured repositories, through the local repository so jars already
 * downloaded (by Maven itself too) are reused. Built on first use; one per session.
 */
final class MavenArtifacts implements AutoCloseable {

    /** A coordinate that could not be resolved; the message names it and says why. */
    static final class ResolutionFailure extends Exception {

        private final List<String> reasons;

        ResolutionFailure(String message, List<String> reasons, Throwable cause) {
            super(message, cause);
            this.reasons = List.copyOf(reasons);
        }

        List<String> reasons() {
            return reasons;
        }
    }

    private final JShellConfig.Maven settings;
    private RepositorySystem system;
    private CloseableSession session;

    MavenArtifacts(JShellConfig.Maven settings) {
        this.settings = settings;
    }

    /**
     * The jars of {@code coordinate} ({@code group:artifact[:extension[:classifier]]:version}) and
     * of everything it needs at run time, the artifact first.
     */
    synchronized List<Path> resolve(String coordinate) throws ResolutionFailure {
        Artifact artifact;
        try {
            artifact = new DefaultArtifact(coordinate);
        } catch (IllegalArgumentException e) {
            throw new ResolutionFailure("not a Maven coordinate: " + coordinate,
                    List.of("expected group:artifact:version, e.g. org.apache.commons:commons-lang3:3.17.0"), e);
        }
        open();
        CollectRequest collect = new CollectRequest();
        collect.setRoot(new Dependency(artifact, Maven3ScopeManagerConfiguration.DS_COMPILE));
        collect.setRepositories(repositories());
        collect.setResolutionScope(session.getScopeManager()
                .getResolutionScope(Maven3ScopeManagerConfiguration.RS_MAIN_RUNTIME).orElseThrow());
        try {
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, new DependencyRequest(collect, null))
                    .getArtifactResults()) {
                Path path = result.getArtifact().getPath();
                if (path != null && !jars.contains(path)) {
                    jars.add(path);
                }
            }
            return jars;
        } catch (DependencyResolutionException e) {
            String offline = settings.offline() ? " (offline)" : "";
            throw new ResolutionFailure("could not resolve " + coordinate + offline, reasons(e), e);
        }
    }

    private void open() {
        if (system == null) {
            system = new RepositorySystemSupplier().get();
            session = new SessionBuilderSupplier(system).get()
                    .withLocalRepositoryBaseDirectories(settings.localRepository())
                    .setOffline(settings.offline())
                    .setConfigProperty(ConfigurationProperties.CONNECT_TIMEOUT, (int) settings.timeout().toMillis())
                    .setConfigProperty(ConfigurationProperties.REQUEST_TIMEOUT, (int) settings.timeout().toMillis())
                    .build();
        }
    }

    private List<RemoteRepository> repositories() {
        List<RemoteRepository> repositories = new ArrayList<>();
        for (JShellConfig.Repository repository : settings.repositories()) {
            repositories.add(new RemoteRepository.Builder(repository.id(), "default", repository.url()).build());
        }
        return repositories;
    }

    /** The distinct messages down the cause chain: the last ones say what was missing and where. */
    private static List<String> reasons(Throwable failure) {
        List<String> reasons = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && reasons.stream().noneMatch(r -> r.contains(message))) {
                reasons.add(message);
            }
        }
        return reasons;
    }

    @Override
    public synchronized void close() {
        try {
            if (session != null) {
                session.close();
            }
            if (system != null) {
                system.shutdown();
            }
        } catch (RuntimeException e) {
            // closing is best effort
        } finally {
            session = null;
            system = null;
        }
    }
}
