package org.rasid.index.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** A parsed query: the tree {@link RasidQueryParser} builds. Immutable. */
public sealed interface QueryNode {

  /** Matches every article: the blank query. */
  record All() implements QueryNode {}

  /** One word as typed, to be analyzed (stemmed) and matched in title and body. */
  record Word(String text) implements QueryNode {
    public Word {
      Objects.requireNonNull(text, "text");
    }
  }

  /** Quoted words, matched unstemmed and adjacent, in title or body. */
  record Phrase(String text) implements QueryNode {
    public Phrase {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * An exact-value filter ({@code source:}, {@code author:}, {@code lang:}, {@code person:}, {@code place:},
   * {@code org:}); never affects ranking.
   */
  record Filter(FilterField field, String value) implements QueryNode {
    public Filter {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A publication-date filter: {@code from} inclusive, {@code toExclusive} exclusive, either open (null). Never
   * affects ranking; articles without a date never match it.
   */
  record DateRange(LocalDate from, LocalDate toExclusive) implements QueryNode {}

  /** Everything but what {@code child} matches. */
  record Not(QueryNode child) implements QueryNode {
    public Not {
      Objects.requireNonNull(child, "child");
    }
  }

  /** All children must match; two or more. */
  record And(List<QueryNode> children) implements QueryNode {
    public And {
      children = List.copyOf(children);
    }
  }

  /** At least one child must match; two or more. */
  record Or(List<QueryNode> children) implements QueryNode {
    public Or {
      children = List.copyOf(children);
    }
  }

  /** Filters with an exact value. */
  enum FilterField {
    SOURCE("source"),
    AUTHOR("author"),
    LANG("lang"),
    /** A person named in the article: canonical name, any mention's spelling, or the entity id. */
    PERSON("person"),
    /** A place named in the article, as {@link #PERSON}. */
    PLACE("place"),
    /** An organization named in the article, as {@link #PERSON}. */
    ORG("org");

    private final String prefix;

    FilterField(String prefix) {
      this.prefix = prefix;
    }

    /** The name users type before the colon. */
    public String prefix() {
      return prefix;
    }
  }

  /** True when the node can rank articles (has a word or phrase that is not negated). */
  static boolean scores(QueryNode node) {
    return switch (node) {
      case Word w -> true;
      case Phrase p -> true;
      case And a -> a.children().stream().anyMatch(QueryNode::scores);
      case Or o -> o.children().stream().anyMatch(QueryNode::scores);
      case All a -> false;
      case Filter f -> false;
      case DateRange d -> false;
      case Not n -> false;
    };
  }
}
