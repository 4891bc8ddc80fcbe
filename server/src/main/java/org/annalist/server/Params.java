package org.annalist.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.annalist.store.Browse;
import org.annalist.store.EventFilter;

/**
 * The query parameters of a request, read and checked together: every invalid parameter is
 * collected, and {@link #check} refuses the request with one message per parameter.
 */
final class Params {
  private static final Pattern CODE = Pattern.compile("[0-9]{2,4}");
  private static final Pattern ACTOR = Pattern.compile("[\\p{L}\\p{N} .'-]{1,80}");
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2,3}");
  private static final Pattern ARTICLE = Pattern.compile("[0-9a-f]{32}");
  private static final Set<String> MODALITIES =
      Set.of("asserted", "negated", "future", "hypothetical");

  private final Context ctx;
  private final List<ApiException.Invalid> errors = new ArrayList<>();

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** A parameter's stripped value, or null when absent or blank. */
  String text(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  /** A parameter of at most {@code max} characters. */
  String text(String name, int max) {
    String v = text(name);
    if (v != null && v.length() > max) {
      invalid(name, "at most " + max + " characters");
      return null;
    }
    return v;
  }

  LocalDate date(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      invalid(name, "not a date (YYYY-MM-DD): " + shorten(v));
      return null;
    }
  }

  /** An integer in [min, max], or {@code dflt} when absent. */
  int integer(String name, int dflt, int min, int max) {
    String v = text(name);
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    invalid(name, "must be a whole number from " + min + " to " + max);
    return dflt;
  }

  /** One of {@code allowed}, or {@code dflt} when absent. */
  String choice(String name, Set<String> allowed, String dflt) {
    String v = text(name);
    if (v == null) {
      return dflt;
    }
    String lower = v.toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      invalid(name, "must be one of " + String.join(", ", allowed.stream().sorted().toList()));
      return dflt;
    }
    return lower;
  }

  /** The event filter of the common parameters: from, to, actor, country, code, modality. */
  EventFilter eventFilter() {
    LocalDate from = date("from");
    LocalDate to = date("to");
    if (from != null && to != null && from.isAfter(to)) {
      invalid("to", "must not be before from");
    }
    return new EventFilter(
        from, to, actor(), country(), code(), choice("modality", MODALITIES, null), article());
  }

  String actor() {
    String v = text("actor");
    if (v != null && !ACTOR.matcher(v).matches()) {
      invalid("actor", "an actor code (e.g. GEOGOV) or words of a name, at most 80 characters");
      return null;
    }
    return v;
  }

  String country() {
    String v = text("country");
    if (v != null && !COUNTRY.matcher(v).matches()) {
      invalid("country", "an ISO alpha-3 or FIPS country code, e.g. GEO or GG");
      return null;
    }
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  String code() {
    String v = text("code");
    if (v != null && !CODE.matcher(v).matches()) {
      invalid("code", "a CAMEO event code or its beginning: 2 to 4 digits, e.g. 04 or 0422");
      return null;
    }
    return v;
  }

  String article() {
    String v = text("article");
    if (v != null && !ARTICLE.matcher(v).matches()) {
      invalid("article", "an article id: 32 lower-case hex digits");
      return null;
    }
    return v;
  }

  /** Page size (1 to {@link Browse#MAX_PAGE}, default 20). */
  int size() {
    return integer("size", 20, 1, Browse.MAX_PAGE);
  }

  /** Page number, from 1. */
  int page() {
    return integer("page", 1, 1, 1_000_000);
  }

  void invalid(String name, String reason) {
    errors.add(new ApiException.Invalid(name, reason));
  }

  /** Refuses the request when any parameter was invalid. */
  void check() {
    if (!errors.isEmpty()) {
      throw new ApiException(
          400,
          "Invalid parameters",
          errors.size() == 1
              ? errors.get(0).name() + ": " + errors.get(0).reason()
              : errors.size() + " parameters are invalid",
          errors);
    }
  }

  private static String shorten(String v) {
    return v.length() <= 40 ? v : v.substring(0, 40) + "...";
  }
}
