package dev.continuum.ipynb;

import dev.continuum.notebook.Notebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * This user's trusted notebook signatures and the secret that keys them, in Continuum's data folder
 * ({@code $XDG_DATA_HOME/continuum}, else {@code ~/.local/share/continuum}). The secret file is
 * readable by its owner only; the store holds one {@code sha256:<hex>} line per trusted content.
 */
public final class TrustStore {

    private static final String SECRET_FILE = "notebook_secret";
    private static final String SIGNATURES_FILE = "trusted_signatures";
    /** Jupyter culls its store at 65,535 entries; we keep the newest as many. */
    private static final int CAPACITY = 65_535;

    private final Path dir;

    public TrustStore(Path dir) {
        this.dir = dir;
    }

    /** The store in the user's data folder. */
    public static TrustStore forUser() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new TrustStore(base.resolve("continuum"));
    }

    public boolean isTrusted(Notebook notebook) throws IOException {
        return signatures().contains(entry(notebook));
    }

    /** Trusts exactly this content: a later change makes the notebook untrusted until signed again. */
    public void trust(Notebook notebook) throws IOException {
        Set<String> signatures = signatures();
        String entry = entry(notebook);
        signatures.remove(entry);
        signatures.add(entry);
        while (signatures.size() > CAPACITY) {
            signatures.remove(signatures.iterator().next());
        }
        createPrivateFolder(dir);
        AtomicFiles.write(dir.resolve(SIGNATURES_FILE), (String.join("\n", signatures) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    public void untrust(Notebook notebook) throws IOException {
        Set<String> signatures = signatures();
        if (signatures.remove(entry(notebook))) {
            AtomicFiles.write(dir.resolve(SIGNATURES_FILE), (String.join("\n", signatures) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private String entry(Notebook notebook) throws IOException {
        return NotebookTrust.ALGORITHM + ":" + NotebookTrust.signature(notebook, secret());
    }

    private Set<String> signatures() throws IOException {
        Path file = dir.resolve(SIGNATURES_FILE);
        Set<String> signatures = new LinkedHashSet<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    signatures.add(line.strip());
                }
            }
        }
        return signatures;
    }

    /** The signing secret, made on first use: 1024 random bytes, base64, as Jupyter makes its own. */
    synchronized byte[] secret() throws IOException {
        Path file = dir.resolve(SECRET_FILE);
        if (Files.exists(file)) {
            return Files.readAllBytes(file);
        }
        createPrivateFolder(dir);
        byte[] random = new byte[1024];
        new SecureRandom().nextBytes(random);
        byte[] secret = Base64.getMimeEncoder().encode(random);
        Path temp = Files.createTempFile(dir, ".secret", ".tmp");
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view != null) {
            view.setPermissions(PosixFilePermissions.fromString("rw-------"));
        }
        Files.write(temp, secret);
        Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return secret;
    }

    /** The store's folder, owner-only when it is made (it also holds other private files, e.g. secrets). */
    private static void createPrivateFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }
}
