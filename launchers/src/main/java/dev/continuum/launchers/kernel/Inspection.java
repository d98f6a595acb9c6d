package dev.continuum.launchers.kernel;

import dev.continuum.notebook.MimeBundle;

/** What the kernel knows about the name at the cursor (documentation, signature), if found. */
public record Inspection(boolean found, MimeBundle data) {
}
