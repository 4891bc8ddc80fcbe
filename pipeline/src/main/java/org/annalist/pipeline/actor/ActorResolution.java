package org.annalist.pipeline.actor;

import java.util.List;
import java.util.Map;
import org.annalist.model.Actor;
import org.annalist.model.Place;

/**
 * The actors and places of one article, and which tokens mention which actor.
 *
 * @param actors the actors, in order of first mention
 * @param places the places, in order of first mention
 * @param focus CAMEO code of the country the article is mostly about, or null
 * @param tokenActors actor id by token key ({@link #key(int, int)})
 * @param coActors further actors of a token that stands for several ("Hungarian and Romanian
 *     officials": HUNGOV, then ROUGOV here)
 */
public record ActorResolution(
    List<Actor> actors,
    List<Place> places,
    String focus,
    Map<Long, String> tokenActors,
    Map<Long, List<String>> coActors) {
  public ActorResolution {
    actors = List.copyOf(actors);
    places = List.copyOf(places);
    tokenActors = Map.copyOf(tokenActors);
    coActors = Map.copyOf(coActors);
  }

  /** Every actor a token mentions, the first as {@link #actorAt}; empty when none. */
  public List<Actor> actorsAt(int sentence, int token) {
    Actor first = actorAt(sentence, token);
    if (first == null) {
      return List.of();
    }
    List<String> more = coActors.getOrDefault(key(sentence, token), List.of());
    if (more.isEmpty()) {
      return List.of(first);
    }
    List<Actor> out = new java.util.ArrayList<>();
    out.add(first);
    more.forEach(id -> out.add(byId(id)));
    return out;
  }

  static long key(int sentence, int token) {
    return ((long) sentence << 32) | token;
  }

  /** The actor a token mentions, or null. */
  public Actor actorAt(int sentence, int token) {
    String id = tokenActors.get(key(sentence, token));
    if (id == null) {
      return null;
    }
    return byId(id);
  }

  public Actor byId(String id) {
    for (Actor a : actors) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw new IllegalArgumentException("no actor " + id);
  }
}
