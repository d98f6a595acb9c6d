/** Embedded images: base64 decoding (off the FX thread when large) and a view that fits the width. */
package dev.continuum.editor.image;
