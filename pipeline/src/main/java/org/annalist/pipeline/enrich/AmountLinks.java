package org.annalist.pipeline.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.annalist.model.Enrichment.Amount;
import org.annalist.model.Enrichment.CountType;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Mention;
import org.annalist.model.Place;

/**
 * Which amounts belong to which event: a count of dead, wounded, displaced, arrested or kidnapped
 * people to the violent or coercive events (CAMEO roots 17 to 20) stated in its sentence, a crowd
 * to the protests (root 14), a sum of money to aid, economic cooperation and sanctions (roots 06,
 * 07, 16). When its own sentence states no such event, an amount goes to those of the sentence
 * before, as in "Rebels attacked the town. At least 12 people were killed." An amount is located
 * where its event happened, else at the place named nearest to it in its sentence.
 */
final class AmountLinks {
  private AmountLinks() {}

  /** The ids of the amounts that belong to {@code event}, among all the article's events. */
  static List<String> of(Event event, List<Event> events, List<Amount> amounts) {
    List<String> out = new ArrayList<>();
    for (Amount a : amounts) {
      Set<String> roots = roots(a.type());
      if (!roots.contains(event.code().root())) {
        continue;
      }
      boolean here = states(event, a.sentence());
      boolean anyHere =
          events.stream().anyMatch(e -> roots.contains(e.code().root()) && states(e, a.sentence()));
      if (here || (!anyHere && states(event, a.sentence() - 1))) {
        out.add(a.id());
      }
    }
    return out;
  }

  /**
   * The amounts with their places: the place of the first event they belong to, else the place
   * whose mention in the amount's sentence stands nearest to it.
   */
  static List<Amount> located(List<Amount> amounts, List<Event> events, List<Place> places) {
    List<Amount> out = new ArrayList<>(amounts.size());
    for (Amount a : amounts) {
      String place = null;
      for (Event e : events) {
        if (e.place() != null && of(e, events, List.of(a)).contains(a.id())) {
          place = e.place();
          break;
        }
      }
      if (place == null) {
        int best = Integer.MAX_VALUE;
        for (Place p : places) {
          for (Mention m : p.mentions()) {
            if (m.sentence() != a.sentence()) {
              continue;
            }
            int distance =
                m.span().start() >= a.span().end()
                    ? m.span().start() - a.span().end()
                    : Math.max(0, a.span().start() - m.span().end());
            if (distance < best) {
              best = distance;
              place = p.id();
            }
          }
        }
      }
      out.add(a.withPlace(place));
    }
    return out;
  }

  private static boolean states(Event e, int sentence) {
    for (EventMention m : e.mentions()) {
      if (m.sentence() == sentence) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> roots(CountType type) {
    return switch (type) {
      case KILL, WOUND, AFFECT -> Set.of("18", "19", "20");
      case ARREST, KIDNAP -> Set.of("17", "18");
      case PROTEST -> Set.of("14");
      case MONEY -> Set.of("06", "07", "16");
      case PERCENT, OTHER -> Set.of();
    };
  }
}
