package org.annalist.pipeline.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annalist.model.Actor;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Place;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.read.ArticleSources;
import org.annalist.pipeline.read.ReadOptions;
import org.annalist.pipeline.read.ReadResult;

/** Reads the golden fixture articles and summarises extractions canonically. */
final class Fixtures {
  private Fixtures() {}

  static Article article(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      List<ReadResult> results = new ArrayList<>();
      new ArticleSources(ReadOptions.defaults()).read(in, name, results::add);
      if (results.size() != 1 || !(results.get(0) instanceof ReadResult.Ok ok)) {
        throw new IllegalStateException(
            "fixture " + name + " did not read as one article: " + results);
      }
      return ok.article();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Extraction extract(Extractor extractor, String name) {
    try {
      return extractor.extract(article(name));
    } catch (RejectedArticleException e) {
      throw new AssertionError(name + " was rejected: " + e.getMessage(), e);
    }
  }

  /**
   * A canonical, sorted, line-based summary of what matters in an extraction: actors, places and
   * events with the sentences of their mentions. Golden files hold this summary.
   */
  static String summary(Extraction e) {
    List<String> lines = new ArrayList<>();
    for (Actor a : e.actors()) {
      lines.add(
          "actor "
              + a.code()
              + " "
              + a.type().name().toLowerCase(Locale.ROOT)
              + " \""
              + a.name()
              + "\""
              + (a.title() == null ? "" : " title=\"" + a.title() + "\""));
    }
    for (Place p : e.places()) {
      lines.add(
          "place "
              + p.type()
              + " \""
              + p.name()
              + "\" country="
              + p.country()
              + " adm1="
              + p.adm1());
    }
    for (Event ev : e.events()) {
      StringBuilder s = new StringBuilder();
      for (EventMention m : ev.mentions()) {
        s.append(s.length() == 0 ? "" : ",").append(m.sentence());
      }
      lines.add(
          "event "
              + ev.sourceCode()
              + " -> "
              + ev.targetCode()
              + " "
              + ev.code().code()
              + " "
              + ev.modality().name().toLowerCase(Locale.ROOT)
              + " sentences="
              + s
              + " place="
              + placeName(e, ev.place()));
    }
    if (!e.focus().isEmpty()) {
      lines.add("focus " + String.join(",", e.focus()));
    }
    lines.sort(null);
    return String.join("\n", lines) + "\n";
  }

  private static String placeName(Extraction e, String id) {
    if (id == null) {
      return "-";
    }
    return e.places().stream()
        .filter(p -> p.id().equals(id))
        .map(p -> "\"" + p.name() + "\"")
        .findFirst()
        .orElseThrow(() -> new AssertionError("event place " + id + " is no place"));
  }
}
