package org.annalist.store;

/**
 * The store is open in another process in a way that excludes this opening: one process may write
 * to a store, or any number may read it, never both at once.
 */
public final class StoreInUseException extends StoreException {
  public StoreInUseException(String message) {
    super(message);
  }
}
