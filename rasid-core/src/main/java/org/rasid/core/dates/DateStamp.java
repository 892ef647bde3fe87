package org.rasid.core.dates;

/**
 * A date stamp found in a line of text.
 *
 * @param iso ISO-8601 local date ({@code 2021-09-12}) or local date-time ({@code 2021-09-12T22:30}); null for a
 *     relative stamp such as "منذ ساعتين", which carries no date of its own
 * @param relative true when the stamp is relative to an unknown "now"
 * @param text the stamp as it appeared
 */
public record DateStamp(String iso, boolean relative, String text) {}
