package org.rasid.core.model;

/**
 * A photo as the scrape describes it.
 *
 * @param caption caption text without the credit, or null when only a credit was given
 * @param credit photographer or agency ("Getty", "رويترز", "أرشيفية"), or null
 */
public record Image(String caption, String credit) {}
