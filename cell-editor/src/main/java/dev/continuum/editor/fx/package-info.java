/** Small JavaFX helpers shared by the views: threads, wheel-scroll forwarding, the monospace font. */
package dev.continuum.editor.fx;
