package org.annalist.pipeline.clean;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads noise rules from their text format: one {@code reason<TAB>regex} per line, {@code #}
 * comments, and {@code @name<TAB>regex} fragments that later regexes use as {@code {@name}}. The
 * built-in rules live in {@code noise-patterns.txt} next to this class, whose header documents the
 * format.
 */
public final class NoiseRules {
  /** The classpath resource holding the built-in rules, relative to this class. */
  public static final String BUILT_IN_RESOURCE = "noise-patterns.txt";

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern REFERENCE = Pattern.compile("\\{@([a-z][a-z0-9-]*)}");

  private NoiseRules() {}

  /**
   * The built-in rules, read afresh on each call (the file is small; callers keep the result in
   * their {@link CleanerConfig}).
   *
   * @throws UncheckedIOException if the resource cannot be read
   * @throws IllegalStateException if it is missing
   */
  public static List<NoiseRule> builtIn() {
    try (InputStream in = NoiseRules.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN_RESOURCE);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + BUILT_IN_RESOURCE, e);
    }
  }

  /**
   * Parses rules in the text format.
   *
   * @param content the text of a rules file
   * @param origin a name for error messages, such as the file name
   * @throws IllegalArgumentException naming {@code origin:line} for a malformed line, an invalid
   *     regex, an unknown or repeated fragment name
   */
  public static List<NoiseRule> parse(String content, String origin) {
    List<NoiseRule> rules = new ArrayList<>();
    Map<String, String> fragments = new HashMap<>();
    String[] lines = content.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String where = origin + ":" + (i + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(
            where + ": expected reason<TAB>regex, got \"" + line + "\"");
      }
      String key = line.substring(0, tab).strip();
      String regex = expand(line.substring(tab + 1).strip(), fragments, where);
      if (key.startsWith("@")) {
        String name = key.substring(1);
        if (!NAME.matcher(name).matches()) {
          throw new IllegalArgumentException(where + ": bad fragment name \"" + key + "\"");
        }
        if (fragments.putIfAbsent(name, regex) != null) {
          throw new IllegalArgumentException(where + ": fragment @" + name + " defined twice");
        }
        continue;
      }
      try {
        rules.add(new NoiseRule(key, regex));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(rules);
  }

  private static String expand(String regex, Map<String, String> fragments, String where) {
    Matcher m = REFERENCE.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String fragment = fragments.get(m.group(1));
      if (fragment == null) {
        throw new IllegalArgumentException(where + ": unknown fragment {@" + m.group(1) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement("(?:" + fragment + ")"));
    }
    m.appendTail(out);
    return out.toString();
  }
}
