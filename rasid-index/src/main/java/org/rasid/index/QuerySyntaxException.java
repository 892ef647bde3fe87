package org.rasid.index;

/** A query the user wrote that cannot be parsed; the message says where and why, in words fit for the user. */
public final class QuerySyntaxException extends IllegalArgumentException {
  public QuerySyntaxException(String message) {
    super(message);
  }
}
