/** Pure syntax highlighting for Java and Python: text in, RichTextFX style spans out; no scene needed. */
package dev.continuum.editor.highlight;
