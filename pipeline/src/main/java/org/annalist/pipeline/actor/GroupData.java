package org.annalist.pipeline.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The non-state groups of {@code groups.tsv}: armed groups, parties, NGOs, companies, news media,
 * religious communities and ethnic groups, each with its CAMEO code. The file documents how the
 * codes are built.
 *
 * <p>Lifecycle: {@link #load()} reads the file on every call; load once and keep the list. The list
 * and its records are immutable and safe to share between threads.
 */
final class GroupData {
  /** The data file, beside this class on the class path. */
  static final String FILE = "groups.tsv";

  /** The values of the kind column. */
  static final Set<String> KINDS =
      Set.of("armed-group", "party", "ngo", "company", "media", "religious", "ethnic");

  private static final int COLUMNS = 6;

  /** Upper-case three-letter groups, or one lower-case group for an ethnic code. */
  private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3})+|[a-z]{3}");

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

  private GroupData() {}

  /**
   * One group.
   *
   * @param code CAMEO actor code, such as {@code PSEREBHMS}; ethnic codes are three lower-case
   *     letters
   * @param name the common English name
   * @param aliases other names written in news text, in file order; may be empty
   * @param kind one of {@link #KINDS}
   * @param country CAMEO code of the country the group belongs to or is based in, or null
   * @param line where the row comes from, as {@code groups.tsv:LINE}
   */
  record Group(
      String code, String name, List<String> aliases, String kind, String country, String line) {
    Group {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(line, "line");
      if (!CODE.matcher(code).matches()) {
        throw new IllegalArgumentException("not a CAMEO code: '" + code + "'");
      }
      if (name.isBlank() || name.equals("-")) {
        throw new IllegalArgumentException("missing name");
      }
      aliases = List.copyOf(aliases);
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException(
            "unknown kind '" + kind + "', expected one of " + KINDS.stream().sorted().toList());
      }
      if (country != null && !COUNTRY.matcher(country).matches()) {
        throw new IllegalArgumentException("not a country code: '" + country + "'");
      }
    }

    /** The name followed by the aliases. */
    List<String> names() {
      List<String> all = new ArrayList<>(aliases.size() + 1);
      all.add(name);
      all.addAll(aliases);
      return List.copyOf(all);
    }
  }

  /**
   * Loads {@code groups.tsv} from the class path.
   *
   * @throws IllegalStateException naming the file and line of the first bad row: a wrong number of
   *     columns, a bad code, kind or country, or a name already given on an earlier row
   */
  static List<Group> load() {
    return fromRows(TsvData.read(GroupData.class, FILE, COLUMNS));
  }

  /** Builds the groups from parsed rows; a bad row fails with its file and line. */
  static List<Group> fromRows(List<TsvData.Row> rows) {
    List<Group> groups = new ArrayList<>(rows.size());
    Map<String, String> seen = new HashMap<>();
    for (TsvData.Row row : rows) {
      Group group = fromRow(row);
      for (String n : group.names()) {
        String previous = seen.putIfAbsent(n, group.line());
        if (previous != null) {
          throw row.error("name '" + n + "' is already given at " + previous);
        }
      }
      groups.add(group);
    }
    return List.copyOf(groups);
  }

  private static Group fromRow(TsvData.Row row) {
    if (row.cols().length != COLUMNS) {
      throw row.error("expected " + COLUMNS + " columns, found " + row.cols().length);
    }
    String country = row.col(4);
    try {
      return new Group(
          row.col(0),
          row.col(1),
          row.list(2),
          row.col(3),
          country.equals("-") ? null : country,
          row.file() + ":" + row.line());
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
  }
}
