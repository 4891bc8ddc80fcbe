package org.annalist.pipeline.petrarch;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of an actor, with its date restriction.
 *
 * <p>The bracket forms of the actor files and what they become:
 *
 * <table>
 *   <caption>Date restrictions</caption>
 *   <tr><th>In the file</th><th>{@code from}</th><th>{@code to}</th></tr>
 *   <tr><td>{@code [ABCGOV]}</td><td>null</td><td>null</td></tr>
 *   <tr><td>{@code [ABCGOV 040125-071125]}</td><td>2004-01-25</td><td>2007-11-25</td></tr>
 *   <tr><td>{@code [ABCGOV >051017]}</td><td>2005-10-17</td><td>null</td></tr>
 *   <tr><td>{@code [ABCGOV <051017]}</td><td>null</td><td>2005-10-17</td></tr>
 * </table>
 *
 * Blanks inside the restriction are ignored ({@code [X 19950601 - 19990815]}, {@code [X <
 * 911226]}). A date is {@code YYMMDD} or {@code YYYYMMDD}; two-digit years follow the rule of
 * PETRARCH's {@code dstr_to_ordate} (inherited from KEDS and TABARI): {@code 00}-{@code 30} are
 * 20YY, {@code 31}-{@code 99} are 19YY. So {@code 300101} is 2030-01-01 and {@code 310101} is
 * 1931-01-01; write eight digits for anything else.
 *
 * <p>Bounds are inclusive, as the PETRARCH documentation states ("interpreted as 'or equal to'"),
 * so {@code <051017} still applies on 2005-10-17 and {@code 040125-071125} applies on both end
 * days.
 *
 * @param code the code, as written (e.g. {@code ABCGOV}, {@code ---} for the null actor)
 * @param from first day the code applies, or null (no lower bound)
 * @param to last day the code applies, or null (no upper bound)
 */
public record Role(String code, LocalDate from, LocalDate to) {

  public Role {
    Objects.requireNonNull(code, "code");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("role " + code + " ends before it starts");
    }
  }

  /** A role without date restriction. */
  public static Role always(String code) {
    return new Role(code, null, null);
  }

  /** Whether the role has a date restriction. */
  public boolean dated() {
    return from != null || to != null;
  }

  /** Whether the role applies on {@code date} (always true for an undated role). */
  public boolean appliesOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /**
   * The code for {@code date} among the roles of one actor, by the rule of TABARI and of the
   * PETRARCH documentation: the first dated role, in file order, whose range contains the date;
   * otherwise the first undated role (the actor's default code); otherwise none.
   *
   * <p>PETRARCH2's own {@code check_date} differs in three corners, which this method does not
   * copy: it returns the first role in file order even when that role is the undated default
   * written on the name line (so a default there hides every restriction); it reads {@code <d} as
   * strictly before; and it reads the end of a {@code d1-d2} range as exclusive.
   */
  public static Optional<String> resolve(List<Role> roles, LocalDate date) {
    Objects.requireNonNull(date, "date");
    String fallback = null;
    for (Role r : roles) {
      if (r.dated()) {
        if (r.appliesOn(date)) {
          return Optional.of(r.code());
        }
      } else if (fallback == null) {
        fallback = r.code();
      }
    }
    return Optional.ofNullable(fallback);
  }

  /**
   * Parses the inside of a bracket, e.g. {@code "ABCGOV 040125-071125"}.
   *
   * @throws IllegalArgumentException with a message fit for a {@link Problem} when it cannot be
   *     read
   */
  static Role parse(String inside) {
    String s = inside.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty code []");
    }
    int space = indexOfWhitespace(s);
    if (space < 0) {
      return always(s);
    }
    String code = s.substring(0, space);
    String rest = s.substring(space).replaceAll("\\s+", "");
    if (rest.startsWith("<")) {
      return new Role(code, null, date(rest.substring(1), inside));
    }
    if (rest.startsWith(">")) {
      return new Role(code, date(rest.substring(1), inside), null);
    }
    int dash = rest.indexOf('-');
    if (dash < 0 || rest.indexOf('-', dash + 1) >= 0) {
      throw new IllegalArgumentException(
          "cannot read the date restriction in [" + inside.strip() + "]");
    }
    LocalDate from = date(rest.substring(0, dash), inside);
    LocalDate to = date(rest.substring(dash + 1), inside);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "date range ends before it starts in [" + inside.strip() + "]");
    }
    return new Role(code, from, to);
  }

  /** A {@code YYMMDD} or {@code YYYYMMDD} date; two-digit years 00-30 are 20YY, 31-99 are 19YY. */
  static LocalDate date(String digits, String context) {
    if (!digits.matches("\\d{6}|\\d{8}")) {
      throw new IllegalArgumentException(
          "date '" + digits + "' is neither YYMMDD nor YYYYMMDD in [" + context.strip() + "]");
    }
    int year;
    int rest;
    if (digits.length() == 6) {
      int yy = Integer.parseInt(digits.substring(0, 2));
      year = yy <= 30 ? 2000 + yy : 1900 + yy;
      rest = 2;
    } else {
      year = Integer.parseInt(digits.substring(0, 4));
      rest = 4;
    }
    int month = Integer.parseInt(digits.substring(rest, rest + 2));
    int day = Integer.parseInt(digits.substring(rest + 2, rest + 4));
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "no such date '" + digits + "' in [" + context.strip() + "]", e);
    }
  }

  private static int indexOfWhitespace(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
