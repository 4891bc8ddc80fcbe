package org.annalist.pipeline.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * A synonym set of the verb dictionary: {@code &NAME} followed by {@code +member} lines.
 *
 * @param name the label without {@code &} and without a trailing {@code _}
 * @param noPlurals whether the label ends with {@code _}: no plurals are made for its members
 * @param members the members as written, without {@code +} ({@code _} and blanks both join words; a
 *     trailing {@code _} means no plural for that member; a member starting with {@code &} names
 *     another synset, which TABARI allowed and PETRARCH2 does not expand)
 * @param line line number of the label
 */
public record Synset(String name, boolean noPlurals, List<String> members, int line) {

  public Synset {
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
  }
}
