package org.annalist.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor of an article: a state, organisation, group or person, with its CAMEO actor code valid
 * on the article date.
 *
 * @param id identifier unique within the article, e.g. {@code a3}
 * @param code CAMEO actor code, e.g. {@code GEOGOV}, {@code IGOWSTNAT}
 * @param name canonical name
 * @param type kind of actor
 * @param country ISO 3166-1 alpha-3 (CAMEO) country code the actor belongs to, or null
 * @param title office or role, e.g. {@code Prime Minister}, or null
 * @param basis why this code: the dictionary entry or rule that gave it
 * @param mentions where the actor is mentioned
 */
public record Actor(
    String id,
    String code,
    String name,
    ActorType type,
    String country,
    String title,
    String basis,
    List<Mention> mentions) {
  public Actor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(basis, "basis");
    mentions = List.copyOf(mentions);
  }
}
