package org.rasid.index.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasid.index.QuerySyntaxException;
import org.rasid.index.query.QueryNode.And;
import org.rasid.index.query.QueryNode.DateRange;
import org.rasid.index.query.QueryNode.FilterField;
import org.rasid.index.query.QueryNode.Not;
import org.rasid.index.query.QueryNode.Or;

/**
 * Parses rasid's query syntax (documented in {@code docs/search.md}) into a {@link QueryNode} tree.
 *
 * <p>Grammar, loosest binding first; {@code OR} binds tighter than the (implicit or explicit) {@code AND}, so
 * {@code a b OR c} means {@code a AND (b OR c)}:
 *
 * <pre>
 * query   := andExpr? END
 * andExpr := orExpr ( "AND"? orExpr )*
 * orExpr  := unary ( "OR" unary )*
 * unary   := "-" unary | primary
 * primary := WORD | PHRASE | FILTER | "(" andExpr ")"
 * </pre>
 *
 * <p>Untrusted input: the query length, the number of terms and the nesting depth are bounded ({@link
 * #MAX_QUERY_CHARS}, {@link #MAX_CLAUSES}, {@link #MAX_DEPTH}); anything beyond is a {@link QuerySyntaxException},
 * as is every malformation. Messages are written for the person who typed the query.
 */
public final class RasidQueryParser {
  /** Longest query accepted, in chars. */
  public static final int MAX_QUERY_CHARS = 1_000;
  /** Most words, phrases and filters in one query. */
  public static final int MAX_CLAUSES = 64;
  /** Deepest nesting of parentheses. */
  public static final int MAX_DEPTH = 8;

  private static final String OPENING_QUOTES = "\"“”«";
  private static final String CLOSING_QUOTES = "\"“”»";

  private final List<Token> tokens;
  private int next;
  private int clauses;

  private RasidQueryParser(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * Parses a query.
   *
   * @param query what the user typed; null or blank means "everything"
   * @return the query tree; {@link QueryNode.All} for a blank query
   * @throws QuerySyntaxException when the query is malformed or too large
   */
  public static QueryNode parse(String query) {
    if (query == null || query.isBlank()) {
      return new QueryNode.All();
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new QuerySyntaxException(
          "The query is " + query.length() + " characters long; the limit is " + MAX_QUERY_CHARS + ".");
    }
    List<Token> tokens = new Lexer(query).tokens();
    if (tokens.isEmpty()) {
      return new QueryNode.All();
    }
    RasidQueryParser parser = new RasidQueryParser(tokens);
    QueryNode root = parser.andExpr(0);
    if (parser.next < tokens.size()) {
      Token stray = tokens.get(parser.next);
      throw new QuerySyntaxException("Unexpected \")\" at character " + (stray.position() + 1)
          + ": there is no \"(\" before it to close.");
    }
    return root;
  }

  private QueryNode andExpr(int depth) {
    List<QueryNode> children = new ArrayList<>();
    children.add(orExpr(depth));
    while (next < tokens.size() && peek().kind() != Kind.CLOSE) {
      if (peek().kind() == Kind.AND) {
        Token and = tokens.get(next++);
        requireOperand(and);
      }
      children.add(orExpr(depth));
    }
    return children.size() == 1 ? children.getFirst() : new And(children);
  }

  private QueryNode orExpr(int depth) {
    List<QueryNode> children = new ArrayList<>();
    children.add(unary(depth));
    while (next < tokens.size() && peek().kind() == Kind.OR) {
      Token or = tokens.get(next++);
      requireOperand(or);
      children.add(unary(depth));
    }
    return children.size() == 1 ? children.getFirst() : new Or(children);
  }

  private QueryNode unary(int depth) {
    if (next >= tokens.size()) {
      throw new IllegalStateException("unary() past the end");
    }
    Token token = tokens.get(next++);
    return switch (token.kind()) {
      case MINUS -> {
        if (next >= tokens.size() || isOperatorOrClose(peek())) {
          throw new QuerySyntaxException("\"-\" at character " + (token.position() + 1)
              + " must be followed by the word, \"phrase\" or filter to leave out.");
        }
        yield new Not(unary(depth));
      }
      case WORD -> leaf(new QueryNode.Word(token.text()));
      case PHRASE -> leaf(new QueryNode.Phrase(token.text()));
      case FILTER -> leaf(filter(token));
      case OPEN -> group(token, depth + 1);
      case AND, OR -> throw new QuerySyntaxException(operatorMisplaced(token));
      case CLOSE -> throw new QuerySyntaxException("Unexpected \")\" at character " + (token.position() + 1) + ".");
    };
  }

  private QueryNode group(Token open, int depth) {
    if (depth > MAX_DEPTH) {
      throw new QuerySyntaxException("Parentheses are nested more than " + MAX_DEPTH + " levels deep.");
    }
    if (next >= tokens.size()) {
      throw new QuerySyntaxException("The \"(\" at character " + (open.position() + 1) + " is never closed.");
    }
    if (peek().kind() == Kind.CLOSE) {
      throw new QuerySyntaxException("Empty parentheses at character " + (open.position() + 1) + ".");
    }
    QueryNode inner = andExpr(depth);
    if (next >= tokens.size()) {
      throw new QuerySyntaxException("The \"(\" at character " + (open.position() + 1) + " is never closed.");
    }
    next++;
    return inner;
  }

  private QueryNode leaf(QueryNode node) {
    if (++clauses > MAX_CLAUSES) {
      throw new QuerySyntaxException("The query has more than " + MAX_CLAUSES + " words, phrases and filters.");
    }
    return node;
  }

  private void requireOperand(Token operator) {
    if (next >= tokens.size() || isOperatorOrClose(peek())) {
      throw new QuerySyntaxException(operatorMisplaced(operator));
    }
  }

  private static String operatorMisplaced(Token operator) {
    return "\"" + operator.text() + "\" at character " + (operator.position() + 1)
        + " must stand between two words, phrases or filters.";
  }

  private static boolean isOperatorOrClose(Token token) {
    return token.kind() == Kind.AND || token.kind() == Kind.OR || token.kind() == Kind.CLOSE;
  }

  private Token peek() {
    return tokens.get(next);
  }

  private static QueryNode filter(Token token) {
    String name = token.filterName();
    String value = token.text().strip();
    return switch (name) {
      case "source" -> new QueryNode.Filter(FilterField.SOURCE, value);
      case "author" -> new QueryNode.Filter(FilterField.AUTHOR, value);
      case "lang" -> new QueryNode.Filter(FilterField.LANG, value);
      case "person" -> new QueryNode.Filter(FilterField.PERSON, value);
      case "place" -> new QueryNode.Filter(FilterField.PLACE, value);
      case "org" -> new QueryNode.Filter(FilterField.ORG, value);
      case "from" -> new DateRange(period(name, value).first(), null);
      case "to" -> new DateRange(null, period(name, value).end());
      default -> throw new IllegalStateException("unknown filter " + name);
    };
  }

  private static QueryDates.Period period(String name, String value) {
    return QueryDates.parse(value).orElseThrow(() -> new QuerySyntaxException(
        name + ":" + value + " is not a valid date; write YYYY-MM-DD, YYYY-MM or YYYY, e.g. " + name
            + ":2021-09-12."));
  }

  private enum Kind {
    WORD,
    PHRASE,
    FILTER,
    AND,
    OR,
    MINUS,
    OPEN,
    CLOSE
  }

  /**
   * One token.
   *
   * @param text word, phrase content, filter value or the operator as typed
   * @param filterName lower-case filter name for {@link Kind#FILTER}, else null
   * @param position index of the token's first char in the query
   */
  private record Token(Kind kind, String text, String filterName, int position) {}

  /** Splits a query into tokens; reports unbalanced quotes and empty filters. */
  private static final class Lexer {
    private static final List<String> FILTERS = List.of("source", "author", "lang", "from", "to", "person", "place",
        "org");

    private final String query;
    private final List<Token> tokens = new ArrayList<>();
    private int at;

    Lexer(String query) {
      this.query = query;
    }

    List<Token> tokens() {
      while (true) {
        skipSpace();
        if (at >= query.length()) {
          return tokens;
        }
        char c = query.charAt(at);
        int start = at;
        if (c == '(') {
          tokens.add(new Token(Kind.OPEN, "(", null, at++));
        } else if (c == ')') {
          tokens.add(new Token(Kind.CLOSE, ")", null, at++));
        } else if (isOpeningQuote(c)) {
          String phrase = quoted();
          if (phrase.isBlank()) {
            throw new QuerySyntaxException("Empty quotes at character " + (start + 1) + ".");
          }
          tokens.add(new Token(Kind.PHRASE, phrase, null, start));
        } else if ((c == '-' || c == '+') && at + 1 < query.length() && !isSpace(query.charAt(at + 1))) {
          at++;
          if (c == '-') {
            tokens.add(new Token(Kind.MINUS, "-", null, start));
          }
        } else {
          word();
        }
      }
    }

    private void word() {
      int start = at++; // the caller saw a char that starts a word
      while (at < query.length() && !isWordEnd(query.charAt(at))) {
        at++;
      }
      String word = query.substring(start, at);
      if (word.equals("AND")) {
        tokens.add(new Token(Kind.AND, word, null, start));
        return;
      }
      if (word.equals("OR")) {
        tokens.add(new Token(Kind.OR, word, null, start));
        return;
      }
      if (word.equals("-") || word.equals("+")) {
        return; // a lone dash is punctuation ("بغداد - رويترز")
      }
      int colon = word.indexOf(':');
      String name = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : "";
      if (!FILTERS.contains(name)) {
        tokens.add(new Token(Kind.WORD, word, null, start));
        return;
      }
      String value = word.substring(colon + 1);
      if (value.isEmpty() && at < query.length() && isOpeningQuote(query.charAt(at))) {
        value = quoted();
      }
      if (value.isBlank()) {
        throw new QuerySyntaxException(name + ": at character " + (start + 1) + " needs a value, e.g. "
            + example(name) + ".");
      }
      tokens.add(new Token(Kind.FILTER, value, name, start));
    }

    /** Reads a quoted string starting at the opening quote; returns its content. */
    private String quoted() {
      int open = at;
      int close = open + 1;
      while (close < query.length() && CLOSING_QUOTES.indexOf(query.charAt(close)) < 0) {
        close++;
      }
      if (close >= query.length()) {
        throw new QuerySyntaxException("The quote at character " + (open + 1) + " is never closed: add a "
            + "closing quote after the phrase.");
      }
      at = close + 1;
      return query.substring(open + 1, close);
    }

    private void skipSpace() {
      while (at < query.length() && isSpace(query.charAt(at))) {
        at++;
      }
    }

    private static String example(String filter) {
      return switch (filter) {
        case "source" -> "source:\"الترا صوت\"";
        case "author" -> "author:\"أحمد علي\"";
        case "lang" -> "lang:ar";
        case "person" -> "person:\"مصطفى الكاظمي\"";
        case "place" -> "place:طهران";
        case "org" -> "org:رويترز";
        default -> filter + ":2021-09-12";
      };
    }

    private static boolean isWordEnd(char c) {
      return isSpace(c) || c == '(' || c == ')' || isOpeningQuote(c);
    }

    private static boolean isOpeningQuote(char c) {
      return OPENING_QUOTES.indexOf(c) >= 0;
    }

    private static boolean isSpace(char c) {
      return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
  }
}
