package org.rasid.index;

/** One facet value and how many matching articles have it. */
public record FacetCount(String value, long count) {}
