/** Markdown cells and text/markdown outputs rendered to JavaFX nodes (no WebView, no network). */
package dev.continuum.editor.markdown;
