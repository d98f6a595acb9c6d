/** Pure parsing of terminal text (SGR colours, carriage returns, backspaces) into styled segments. */
package dev.continuum.editor.ansi;
