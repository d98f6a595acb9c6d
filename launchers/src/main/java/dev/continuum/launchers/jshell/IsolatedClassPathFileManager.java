package dev.continuum.launchers.jshell;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * Compiles cells against the agent's class path rather than the app's. JShell's compiler starts
 * from the app's {@code java.class.path} and prepends it again on every {@code addToClasspath}; the
 * agent JVM has none of those classes, so code would compile here and then fail there. This file
 * manager keeps the agent's own entries first and drops the app's prefix from every class path
 * JShell sets.
 */
final class IsolatedClassPathFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
        implements StandardJavaFileManager {

    private static final Set<String> CLASS_PATH_OPTIONS = Set.of("-classpath", "--class-path", "-cp");
    private static final Pattern SEPARATOR = Pattern.compile(Pattern.quote(File.pathSeparator));

    private final List<Path> base;
    private final String appClassPath;

    IsolatedClassPathFileManager(StandardJavaFileManager delegate, List<Path> base) {
        super(delegate);
        this.base = List.copyOf(base);
        this.appClassPath = System.getProperty("java.class.path", "");
        setClassPath(this.base);
    }

    @Override
    public boolean handleOption(String current, Iterator<String> remaining) {
        if (CLASS_PATH_OPTIONS.contains(current) && remaining.hasNext()) {
            List<Path> paths = new ArrayList<>(base);
            for (String entry : userEntries(remaining.next())) {
                Path path = Path.of(entry);
                if (!paths.contains(path)) {
                    paths.add(path);
                }
            }
            setClassPath(paths);
            return true;
        }
        return super.handleOption(current, remaining);
    }

    /** The entries JShell added after the app's own class path. */
    private List<String> userEntries(String classPath) {
        String prefix = appClassPath + File.pathSeparator;
        List<String> entries;
        if (classPath.startsWith(prefix)) {
            entries = Arrays.asList(SEPARATOR.split(classPath.substring(prefix.length())));
        } else {
            Set<String> app = Set.copyOf(Arrays.asList(SEPARATOR.split(appClassPath)));
            entries = Arrays.stream(SEPARATOR.split(classPath)).filter(e -> !app.contains(e)).toList();
        }
        return entries.stream().filter(e -> !e.isBlank()).toList();
    }

    private void setClassPath(List<Path> paths) {
        try {
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return fileManager.isSameFile(a, b);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths)
            throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        return fileManager.getLocationAsPaths(location);
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory factory) {
        fileManager.setPathFactory(factory);
    }
}
