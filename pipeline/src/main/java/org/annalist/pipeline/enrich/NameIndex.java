package org.annalist.pipeline.enrich;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annalist.model.Actor;
import org.annalist.model.ActorType;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Enrichment.Cue;
import org.annalist.model.Enrichment.Name;
import org.annalist.model.Enrichment.NameType;
import org.annalist.model.EntityMention;
import org.annalist.model.EntityType;
import org.annalist.model.Mention;
import org.annalist.model.Place;
import org.annalist.model.Span;

/**
 * The persons, organisations and locations of an article, as GDELT's GKG lists them (its enhanced
 * fields, with offsets): persons and organisations from the named-entity mentions, grouped by the
 * actor they resolve to where they resolve to one (so a surname joins the full name) and by their
 * text otherwise, plus the names of organisation actors the tagger missed; locations from the
 * article's places. Headings are left out, as from the entities.
 */
final class NameIndex {
  private NameIndex() {}

  static List<Name> of(AnnotatedDoc doc, List<Actor> actors, List<Place> places) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (EntityMention m : doc.entities()) {
      if (doc.sentences().get(m.sentence()).heading()) {
        continue;
      }
      NameType type =
          m.type() == EntityType.PERSON
              ? NameType.PERSON
              : m.type() == EntityType.ORGANIZATION ? NameType.ORGANIZATION : null;
      if (type == null) {
        continue;
      }
      Actor a = covering(actors, m, type);
      boolean linked = a != null;
      String key = linked ? "actor:" + a.id() : type + ":" + m.text();
      groups
          .computeIfAbsent(
              key, k -> new Group(type, linked ? a.name() : m.text(), linked ? a.id() : null, null))
          .cues
          .add(new Cue(m.text(), m.span(), m.sentence()));
    }
    for (Actor a : actors) {
      if (a.type() != ActorType.IGO && a.type() != ActorType.GROUP) {
        continue;
      }
      for (Mention m : a.mentions()) {
        boolean byName = m.via().equals("name") || m.via().equals("alias");
        if (!byName || doc.sentences().get(m.sentence()).heading() || tagged(groups, m.span())) {
          continue;
        }
        groups
            .computeIfAbsent(
                "actor:" + a.id(), k -> new Group(NameType.ORGANIZATION, a.name(), a.id(), null))
            .cues
            .add(new Cue(m.text(), m.span(), m.sentence()));
      }
    }
    for (Place p : places) {
      for (Mention m : p.mentions()) {
        if (doc.sentences().get(m.sentence()).heading()) {
          continue;
        }
        groups
            .computeIfAbsent(
                "place:" + p.id(), k -> new Group(NameType.LOCATION, p.name(), null, p.id()))
            .cues
            .add(new Cue(m.text(), m.span(), m.sentence()));
      }
    }
    List<Name> out = new ArrayList<>();
    for (Group g : groups.values()) {
      if (!g.cues.isEmpty()) {
        g.cues.sort((x, y) -> x.span().compareTo(y.span()));
        out.add(new Name(g.type, g.name, g.actor, g.place, g.cues));
      }
    }
    out.sort((x, y) -> x.mentions().get(0).span().compareTo(y.mentions().get(0).span()));
    return out;
  }

  private static boolean tagged(Map<String, Group> groups, Span span) {
    for (Group g : groups.values()) {
      for (Cue c : g.cues) {
        if (c.span().overlaps(span)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The actor of the kind {@code type} names that an entity mention overlaps, or else one mentioned
   * elsewhere by the same words (an organisation named inside a person's title); null when none.
   */
  private static Actor covering(List<Actor> actors, EntityMention entity, NameType type) {
    Actor sameWords = null;
    for (Actor a : actors) {
      boolean kind =
          type == NameType.PERSON
              ? a.type() == ActorType.PERSON
              : a.type() == ActorType.IGO || a.type() == ActorType.GROUP;
      if (!kind) {
        continue;
      }
      for (Mention m : a.mentions()) {
        if (m.span().overlaps(entity.span())) {
          return a;
        }
        if (sameWords == null && m.text().equals(entity.text())) {
          sameWords = a;
        }
      }
    }
    return sameWords;
  }

  private static final class Group {
    final NameType type;
    final String name;
    final String actor;
    final String place;
    final List<Cue> cues = new ArrayList<>();

    Group(NameType type, String name, String actor, String place) {
      this.type = type;
      this.name = name;
      this.actor = actor;
      this.place = place;
    }
  }
}
