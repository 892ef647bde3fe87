package org.rasid.html.extract;

import org.jsoup.nodes.Element;
import org.rasid.core.io.InputRejectedException;

/**
 * Checks a parsed page against {@code Limits.MAX_DOM_DEPTH} and {@code Limits.MAX_DOM_ELEMENTS} without recursion:
 * an explicit walk over first-child / next-sibling / parent links, so a page of 100,000 nested tags costs one pass
 * and no stack.
 */
public final class DomBounds {
  private DomBounds() {}

  /**
   * @param root the document (or any element) to check
   * @param document name of the document, for the error message
   * @param maxDepth deepest element nesting allowed (the root is depth 0)
   * @param maxElements most elements allowed
   * @throws InputRejectedException with reason {@code TOO_COMPLEX} at the first element past a bound
   */
  public static void check(Element root, String document, int maxDepth, int maxElements) {
    int depth = 0;
    long elements = 1;
    Element e = root;
    while (true) {
      Element child = e.firstElementChild();
      if (child != null) {
        e = child;
        depth++;
      } else {
        while (e != root && e.nextElementSibling() == null) {
          e = e.parent();
          depth--;
        }
        if (e == root) {
          return;
        }
        e = e.nextElementSibling();
      }
      elements++;
      if (depth > maxDepth) {
        throw InputRejectedException.tooComplex(document,
            "elements nested deeper than " + maxDepth + " levels (limit)");
      }
      if (elements > maxElements) {
        throw InputRejectedException.tooComplex(document, "more than " + maxElements + " elements (limit)");
      }
    }
  }
}
