package org.annalist.store;

import java.util.Objects;
import org.annalist.model.Rejection;

/**
 * An input the store keeps as rejected, with its reason.
 *
 * @param rejection where it came from and why it was rejected
 * @param contentHash the {@link ContentHash} of the article when it was read (e.g. not English), or
 *     null when it could not be read at all
 * @param url the article's address, or null
 */
public record RejectedInput(Rejection rejection, String contentHash, String url) {
  public RejectedInput {
    Objects.requireNonNull(rejection, "rejection");
  }

  /** The key that makes storing the same rejection twice a no-op. */
  String key() {
    return contentHash != null
        ? contentHash
        : ContentHash.of(rejection.origin() + "\n" + rejection.reason());
  }
}
