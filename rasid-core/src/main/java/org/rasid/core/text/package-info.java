/**
 * Pure algorithms on Arabic text, free of I/O: {@link org.rasid.core.text.UnicodeCleaner} for display text and
 * {@link org.rasid.core.text.ArabicNormalizer} for search keys. Display text is cleaned, never normalized.
 */
package org.rasid.core.text;
