/** Tab completion in a cell's editor: the suggestions a kernel gives and the list that shows them. */
package dev.continuum.editor.completion;
