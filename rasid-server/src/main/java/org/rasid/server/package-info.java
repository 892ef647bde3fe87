/** The REST API and web UI over an {@link org.rasid.index.ArticleIndex}. */
package org.rasid.server;
