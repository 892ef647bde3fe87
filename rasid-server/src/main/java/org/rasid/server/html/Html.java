package org.rasid.server.html;

import org.rasid.core.text.HtmlEscaper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tiny HTML builder that escapes every value it is given: text, attribute values and URLs. Nothing here takes a
 * string of markup, with one exception: {@link #snippet}, for the index's highlighted snippets.
 *
 * <p>The builder also keeps pages within the Content-Security-Policy: it refuses event-handler attributes
 * ({@code on*}), {@code style} attributes and inline {@code <script>} or {@code <style>} content, and URL attributes
 * ({@code href}, {@code src}, {@code action}, ...) take only a {@link Url}, which is either built here from encoded
 * parts or an http(s) address checked by {@link Url#external}.
 */
public final class Html {
  private Html() {}

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Set<String> VOID = Set.of("meta", "link", "input", "br", "hr", "img");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "srcset", "poster", "cite", "data");
  private static final String MARK_OPEN = "<mark>";
  private static final String MARK_CLOSE = "</mark>";

  /** A piece of HTML. */
  public sealed interface Node permits Element, Text, Fragment, Snippet {
    void renderTo(StringBuilder out);

    default String render() {
      StringBuilder out = new StringBuilder();
      renderTo(out);
      return out.toString();
    }
  }

  /** An element; build it with {@link Html#el}. */
  public static final class Element implements Node {
    private final String tag;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Node> children = new ArrayList<>();

    private Element(String tag) {
      this.tag = requireName(tag, "tag");
    }

    /** Sets an attribute; a null value leaves it out. */
    public Element attr(String name, String value) {
      requireName(name, "attribute");
      if (name.startsWith("on") || name.equals("style")) {
        throw new IllegalArgumentException("attribute '" + name + "' is not allowed (Content-Security-Policy)");
      }
      if (URL_ATTRIBUTES.contains(name)) {
        throw new IllegalArgumentException("attribute '" + name + "' takes a Url: use url(name, Url)");
      }
      if (value != null) {
        attributes.put(name, value);
      }
      return this;
    }

    /** Sets a boolean attribute ({@code hidden}, {@code open}, {@code defer}, ...) when {@code on}. */
    public Element flag(String name, boolean on) {
      requireName(name, "attribute");
      if (on) {
        attributes.put(name, null);
      }
      return this;
    }

    /** Sets a URL attribute; a null URL leaves it out. */
    public Element url(String name, Url url) {
      requireName(name, "attribute");
      if (!URL_ATTRIBUTES.contains(name)) {
        throw new IllegalArgumentException("attribute '" + name + "' is not a URL attribute");
      }
      if (url != null) {
        attributes.put(name, url.toString());
      }
      return this;
    }

    /** Shorthand for {@code url("href", url)}. */
    public Element href(Url url) {
      return url("href", url);
    }

    /** Shorthand for the class attribute. */
    public Element cls(String classes) {
      return attr("class", classes);
    }

    /** Appends children; null children are skipped. */
    public Element add(Node... nodes) {
      for (Node n : nodes) {
        addChild(n);
      }
      return this;
    }

    /** Appends children; null children are skipped. */
    public Element add(Iterable<? extends Node> nodes) {
      for (Node n : nodes) {
        addChild(n);
      }
      return this;
    }

    /** Appends escaped text. */
    public Element text(String text) {
      return add(Html.text(text));
    }

    private void addChild(Node n) {
      if (n == null) {
        return;
      }
      if (VOID.contains(tag)) {
        throw new IllegalStateException("<" + tag + "> cannot have children");
      }
      if (tag.equals("script") || tag.equals("style")) {
        throw new IllegalStateException("no inline <" + tag + ">: put it in a static file");
      }
      children.add(n);
    }

    @Override
    public void renderTo(StringBuilder out) {
      out.append('<').append(tag);
      attributes.forEach((name, value) -> {
        out.append(' ').append(name);
        if (value != null) {
          out.append("=\"");
          HtmlEscaper.escape(value, 0, value.length(), out);
          out.append('"');
        }
      });
      out.append('>');
      if (VOID.contains(tag)) {
        return;
      }
      for (Node child : children) {
        child.renderTo(out);
      }
      out.append("</").append(tag).append('>');
    }
  }

  /** Escaped text. */
  record Text(String text) implements Node {
    @Override
    public void renderTo(StringBuilder out) {
      HtmlEscaper.escape(text, 0, text.length(), out);
    }
  }

  /** Nodes side by side. */
  record Fragment(List<Node> nodes) implements Node {
    @Override
    public void renderTo(StringBuilder out) {
      for (Node n : nodes) {
        n.renderTo(out);
      }
    }
  }

  /** A highlighted snippet from the index: see {@link Html#snippet}. */
  record Snippet(String html) implements Node {
    @Override
    public void renderTo(StringBuilder out) {
      out.append(html);
    }
  }

  /** A new element. */
  public static Element el(String tag) {
    return new Element(tag);
  }

  /** Text, escaped when rendered; null renders as nothing. */
  public static Node text(String text) {
    return new Text(text == null ? "" : text);
  }

  /** Nodes side by side; nulls are skipped. */
  public static Node fragment(List<? extends Node> nodes) {
    return new Fragment(nodes.stream().filter(Objects::nonNull).map(Node.class::cast).toList());
  }

  /** Nodes side by side; nulls are skipped. */
  public static Node fragment(Node... nodes) {
    return fragment(java.util.Arrays.asList(nodes));
  }

  /**
   * A snippet from {@link org.rasid.index.Hit#snippet()}: by the index's contract it is already HTML-escaped, with
   * matches wrapped in {@code <mark>} and {@code </mark>}. It is inserted as is, except that any other {@code <} or
   * {@code >} is escaped (defence in depth: a snippet can never open another tag or attribute). This is the ONLY way
   * to put markup that was not built here into a page.
   */
  public static Node snippet(String indexSnippet) {
    if (indexSnippet == null) {
      return text("");
    }
    StringBuilder out = new StringBuilder(indexSnippet.length() + 16);
    int i = 0;
    while (i < indexSnippet.length()) {
      if (indexSnippet.startsWith(MARK_OPEN, i)) {
        out.append(MARK_OPEN);
        i += MARK_OPEN.length();
      } else if (indexSnippet.startsWith(MARK_CLOSE, i)) {
        out.append(MARK_CLOSE);
        i += MARK_CLOSE.length();
      } else {
        char c = indexSnippet.charAt(i++);
        switch (c) {
          case '<' -> out.append("&lt;");
          case '>' -> out.append("&gt;");
          case '"' -> out.append("&quot;");
          default -> out.append(c);
        }
      }
    }
    return new Snippet(out.toString());
  }

  /** A whole document: the doctype and the {@code <html>} element. */
  public static String document(Element html) {
    StringBuilder out = new StringBuilder(16 * 1024).append("<!DOCTYPE html>\n");
    html.renderTo(out);
    return out.append('\n').toString();
  }

  /** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
  public static String escape(String s) {
    return HtmlEscaper.escape(s);
  }

  private static String requireName(String name, String what) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad " + what + " name: " + name);
    }
    return name;
  }
}
