package org.annalist.pipeline.petrarch;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One record of a PETRARCH/TABARI actor file: a primary phrase, its synonyms and its codes.
 *
 * <p>In a phrase, {@code _} joins words that must be consecutive and a blank lets other words come
 * between; a trailing {@code _} (TABARI's "whole word" mark) is kept as written.
 *
 * @param name the primary phrase as in the file (runs of blanks made one blank)
 * @param synonyms the {@code +} phrases, without the {@code +}, in file order
 * @param roles the codes in file order: those on the name line, then those on the indented lines
 * @param comment the {@code #} comment of the name line, or ""
 * @param line line number of the name line
 */
public record ActorEntry(
    String name, List<String> synonyms, List<Role> roles, String comment, int line) {

  public ActorEntry {
    Objects.requireNonNull(name, "name");
    synonyms = List.copyOf(synonyms);
    roles = List.copyOf(roles);
    comment = comment == null ? "" : comment;
  }

  /** The code on {@code date}, by {@link Role#resolve}. */
  public Optional<String> codeOn(LocalDate date) {
    return Role.resolve(roles, date);
  }

  /** The primary phrase and the synonyms, in file order. */
  public List<String> phrases() {
    return Stream.concat(Stream.of(name), synonyms.stream()).toList();
  }

  private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+");

  /**
   * The lookup form of a phrase: upper case, {@code _} read as a blank, runs of blanks made one,
   * trimmed. {@code "Abc_def_ "} and {@code "ABC DEF"} have the same key.
   */
  public static String key(String phrase) {
    return BLANKS
        .matcher(phrase.replace('_', ' ').strip())
        .replaceAll(" ")
        .toUpperCase(Locale.ROOT);
  }
}
