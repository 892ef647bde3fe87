/**
 * Safe intake of untrusted documents: bounded reading and charset detection that ends either in text or in a typed
 * {@link org.rasid.core.io.InputRejectedException} naming the document and the reason.
 *
 * <p>Inside the safety boundary: memory (reading stops one byte past the limit, {@link
 * org.rasid.core.io.TextDecoder#DEFAULT_MAX_BYTES} by default), binary data posing as text, and malformed encodings.
 * Outside it: what the text says, which later stages must treat as untrusted too.
 */
package org.rasid.core.io;
