package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.annalist.model.AnnotatedDoc;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.petrarch.Problem;
import org.annalist.pipeline.petrarch.VerbReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Converted PETRARCH patterns code sentences through the event coder. */
@ExtendWith(PipelineExtension.class)
class PetrarchPatternsIT {

  private static List<String> code(
      PipelineResources resources, EventDictionary dictionary, String text)
      throws RejectedArticleException {
    return code(resources, dictionary, resources.codes(), text);
  }

  private static List<String> code(
      PipelineResources resources,
      EventDictionary dictionary,
      org.annalist.model.CameoCodebook codes,
      String text)
      throws RejectedArticleException {
    Extractor parser = resources.extractor(true, true);
    Article a =
        new Article(
            "petrarch",
            null,
            null,
            null,
            LocalDate.of(2024, 1, 15),
            Article.DateOrigin.SOURCE,
            text,
            "text",
            "petrarch");
    AnnotatedDoc doc = parser.annotate(a);
    List<Event> events =
        new EventCoder(dictionary, codes, resources.plover()).code(doc, parser.actors(doc));
    List<String> out = new ArrayList<>();
    for (Event e : events) {
      out.add(
          e.sourceCode()
              + " "
              + e.code().code()
              + " "
              + e.targetCode()
              + " "
              + e.mentions().get(0).rule());
    }
    return out;
  }

  @Test
  void aPetrarchActorAfterAnAgentsTitleTakesItsSector(PipelineResources resources)
      throws Exception {
    java.nio.file.Path dir =
        java.nio.file.Path.of(
                PetrarchPatternsIT.class
                    .getResource("/org/annalist/pipeline/petrarch/test.actors.txt")
                    .toURI())
            .getParent();
    java.nio.file.Path twoCodes =
        java.nio.file.Path.of(
            PetrarchPatternsIT.class.getResource("petrarch-actors-two-codes.txt").toURI());
    org.annalist.pipeline.petrarch.PetrarchDictionaries d =
        org.annalist.pipeline.petrarch.PetrarchDictionaries.builder()
            .actors(dir.resolve("test.actors.txt"), twoCodes)
            .agents(dir.resolve("test.agents.txt"))
            .load();
    Extractor x = resources.withPetrarch(d, false).extractor();
    Article a =
        new Article(
            "agent",
            null,
            null,
            null,
            LocalDate.of(2024, 1, 15),
            Article.DateOrigin.SOURCE,
            "Deputy Tempest City spoke on Monday.",
            "text",
            "agent");
    AnnotatedDoc doc = x.annotate(a);
    // TEMPEST_CITY [TMP] after the agent DEPUTY [~GOV].
    assertThat(x.actors(doc).actors())
        .extracting(org.annalist.model.Actor::code)
        .contains("TMPGOV")
        .doesNotContain("TMP");
    // An entry with two codes is two actors on the same words.
    Article marches =
        new Article(
            "two",
            null,
            null,
            null,
            LocalDate.of(2024, 1, 15),
            Article.DateOrigin.SOURCE,
            "The Marches spoke on Monday.",
            "text",
            "two");
    AnnotatedDoc two = x.annotate(marches);
    var resolution = x.actors(two);
    assertThat(resolution.actors())
        .extracting(org.annalist.model.Actor::code)
        .contains("MRA", "MRB")
        .doesNotContain("MRA/MRB");
    assertThat(resolution.actorsAt(0, 1)) // "Marches"
        .extracting(org.annalist.model.Actor::code)
        .containsExactlyInAnyOrder("MRA", "MRB");
  }

  @Test
  void convertedPatternsCodeWithTheirPetrarchLine(PipelineResources resources)
      throws RejectedArticleException {
    List<Problem> problems = new ArrayList<>();
    List<EventPattern> converted =
        PetrarchPatterns.convert(
            VerbReader.read(PetrarchPatternsTest.fixture(), problems),
            PetrarchPatternsTest.FILE,
            problems);
    EventDictionary petrarch = resources.events().with(converted, true);
    String line = PetrarchPatternsTest.FILE + ":11";

    List<String> visit = code(resources, petrarch, "The French president sailed to Egypt.");
    assertThat(visit).anyMatch(e -> e.startsWith("FRA") && e.contains(" 042 EGY " + line));
    assertThat(visit).anyMatch(e -> e.startsWith("EGY 043 FRA"));

    // Annalist's own patterns are replaced: "visited" codes nothing, and the built-in
    // dictionary does not know "sail to".
    assertThat(code(resources, petrarch, "The Indian prime minister visited Japan.")).isEmpty();
    assertThat(code(resources, resources.events(), "The French president sailed to Egypt."))
        .noneMatch(e -> e.contains(PetrarchPatternsTest.FILE));

    // The words after the verb tell patterns apart, and a code CAMEO lacks is coded as it is,
    // without a QuadClass.
    org.annalist.model.CameoCodebook codes =
        resources
            .codes()
            .withExtensions(
                PetrarchPatterns.extensionCodes(
                    converted, resources.codes(), PetrarchPatternsTest.FILE));
    assertThat(codes.get("999").quadClass()).isNull();
    assertThat(code(resources, petrarch, codes, "The Greek navy sailed to the harbor of Turkey."))
        .anyMatch(e -> e.startsWith("GRC") && e.contains(" 154 TUR "));
    assertThat(code(resources, petrarch, codes, "The Greek navy sailed to the dock of Turkey."))
        .anyMatch(e -> e.startsWith("GRC") && e.contains(" 036 TUR "))
        .noneMatch(e -> e.contains(" 154 "));
    assertThat(code(resources, petrarch, codes, "The Greek navy sailed ashore to Turkey."))
        .anyMatch(e -> e.startsWith("GRC") && e.contains(" 999 TUR "));
    // "- &VESSEL * [192]": a member of the synset before the verb.
    assertThat(code(resources, petrarch, codes, "A Greek dinghy sailed against Turkey."))
        .anyMatch(e -> e.startsWith("GRC") && e.contains(" 192 TUR "));
    assertThat(code(resources, petrarch, codes, "The Greek navy sailed against Turkey."))
        .anyMatch(e -> e.startsWith("GRC") && e.contains(" 111 TUR "))
        .noneMatch(e -> e.contains(" 192 "));

    // A story discard drops every event of the story, a sentence discard its sentence's.
    EventDictionary discarding =
        petrarch.withDiscards(
            List.of(
                new org.annalist.pipeline.petrarch.DiscardEntry(
                    "CYCLONE", org.annalist.pipeline.petrarch.DiscardEntry.Scope.STORY, "", 1),
                new org.annalist.pipeline.petrarch.DiscardEntry(
                    "REGATTA", org.annalist.pipeline.petrarch.DiscardEntry.Scope.SENTENCE, "", 2)));
    assertThat(
            code(
                resources,
                discarding,
                "The French president sailed to Egypt. A cyclone struck the coast."))
        .isEmpty();
    assertThat(
            code(
                resources,
                discarding,
                "The French president sailed to Egypt. The Italian president sailed to Greece for"
                    + " the regatta."))
        .anyMatch(e -> e.startsWith("FRA") && e.contains(" 042 EGY "))
        .noneMatch(e -> e.startsWith("ITA"));
  }
}
