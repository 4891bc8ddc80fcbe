package org.annalist.server;

import java.util.List;

/**
 * A request the API refuses or cannot answer, written as an RFC 9457 problem document: a status, a
 * title, a one-line detail and, for invalid parameters, one entry per parameter.
 */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One invalid parameter and why. */
  record Invalid(String name, String reason) {}

  private final int status;
  private final String title;
  private final transient List<Invalid> errors;

  ApiException(int status, String title, String detail, List<Invalid> errors) {
    super(detail);
    this.status = status;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  ApiException(int status, String title, String detail) {
    this(status, title, detail, List.of());
  }

  static ApiException notFound(String detail) {
    return new ApiException(404, "Not Found", detail);
  }

  static ApiException badRequest(String detail) {
    return new ApiException(400, "Bad Request", detail);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }

  List<Invalid> errors() {
    return errors;
  }
}
