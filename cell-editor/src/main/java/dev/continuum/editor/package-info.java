/**
 * The views of a notebook's cells: {@link dev.continuum.editor.CodeEditor} (the code editor of one
 * cell) and {@link dev.continuum.editor.EditorStyles} (the stylesheet all views share). Markdown
 * rendering, output rendering, highlighting and ANSI parsing live in the subpackages.
 */
package dev.continuum.editor;
