package org.annalist.store;

/**
 * A store operation that failed, with a one-line message fit to show a user (no stack trace
 * needed): a store that does not exist, is in use, was written by a newer version, or a query that
 * is refused.
 */
public class StoreException extends RuntimeException {
  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
