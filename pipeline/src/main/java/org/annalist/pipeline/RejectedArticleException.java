package org.annalist.pipeline;

/** Thrown when an article is read but cannot be coded, e.g. because it is not in English. */
public final class RejectedArticleException extends Exception {
  private static final long serialVersionUID = 1L;

  public RejectedArticleException(String reason) {
    super(reason);
  }
}
