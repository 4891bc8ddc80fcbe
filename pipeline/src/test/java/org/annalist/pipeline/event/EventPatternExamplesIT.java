package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every pattern's example sentence is coded with the pattern's code by the pattern itself. Set
 * {@code -Dannalist.patterns.file=NAME} to check one dictionary file while editing it.
 */
@ExtendWith(PipelineExtension.class)
class EventPatternExamplesIT {

  @Test
  void everyExampleCodesItsPattern(PipelineResources resources, Extractor extractor)
      throws RejectedArticleException {
    String only = System.getProperty("annalist.patterns.file", "");
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (EventPattern p : resources.events().all()) {
      if (!only.isEmpty() && !p.line().startsWith(only + ":")) {
        continue;
      }
      checked++;
      Article a =
          new Article(
              "example",
              null,
              null,
              null,
              LocalDate.of(2024, 1, 15),
              Article.DateOrigin.SOURCE,
              p.example(),
              "text",
              p.line());
      Extraction e = extractor.extract(a);
      boolean found = false;
      for (Event ev : e.events()) {
        for (EventMention m : ev.mentions()) {
          if (ev.code().code().equals(p.code())
              && (m.rule().equals(p.line()) || m.rule().equals(p.line() + " (mutual)"))) {
            found = true;
          }
        }
      }
      if (!found) {
        failures.add(
            p.line()
                + " "
                + p.code()
                + " "
                + p.lemma()
                + ": \""
                + p.example()
                + "\" gave "
                + e.events().stream()
                    .map(
                        ev ->
                            ev.sourceCode()
                                + "->"
                                + ev.targetCode()
                                + " "
                                + ev.code().code()
                                + " ["
                                + ev.mentions().get(0).rule()
                                + "]")
                    .toList()
                + " actors "
                + e.actors().stream().map(x -> x.code()).toList());
      }
    }
    assertThat(checked).isPositive();
    assertThat(failures).as("patterns whose example does not code").isEmpty();
  }
}
