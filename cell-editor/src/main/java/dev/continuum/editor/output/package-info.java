/** Renderers for cell outputs and the output area of a cell, as JupyterLab shows them. */
package dev.continuum.editor.output;
