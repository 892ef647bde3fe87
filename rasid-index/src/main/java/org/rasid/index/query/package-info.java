/**
 * rasid's search syntax, free of Lucene: {@link org.rasid.index.query.RasidQueryParser} turns what a user typed into
 * a {@link org.rasid.index.query.QueryNode} tree, or a {@link org.rasid.index.QuerySyntaxException} that says what
 * is wrong. The syntax is documented in {@code docs/search.md}.
 */
package org.rasid.index.query;
