/**
 * The Lucene adapter behind {@link org.rasid.index.ArticleIndex}: {@link
 * org.rasid.index.lucene.LuceneArticleIndex} and the small pieces it is built from (schema, query translation,
 * snippets). Everything Lucene-specific in rasid lives here.
 */
package org.rasid.index.lucene;
