package org.annalist.pipeline.golden;

import static org.annalist.pipeline.golden.ExtractionAssert.event;
import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "It" and "they" stand for the state or group that said so; a government named after its leader is
 * that leader's country's; a title makes a leader's surname specific enough.
 */
@ExtendWith(PipelineExtension.class)
class PronounsIT {

  @Test
  void pronounsLeadersAndAdministrations(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "pronouns.txt");
    // "Norway said it had expelled ...": the pronoun is Norway.
    Event expelled = event(e, "NOR", "IRNGOV", "161", Modality.ASSERTED);
    assertThat(expelled.mentions()).hasSize(1);
    // "Chilean rebel leaders said they would meet ...": rebels, not the government.
    event(e, "CHLREB", "PERGOV", "036", Modality.ASSERTED);
    event(e, "CHLREB", "PERGOV", "040", Modality.FUTURE);
    // "The Bush administration": both presidents of that name led the United States.
    event(e, "USAGOV", "ARG", "111", Modality.ASSERTED);
    // "President Clinton" on a date when one Clinton was president.
    event(e, "USAGOV", "IRQ", "111", Modality.ASSERTED);
    // An expletive "it" ("it is unclear") is nobody: no event from the police's sentence.
    assertThat(e.events()).noneMatch(ev -> ev.sourceCode().startsWith("CAN"));
    ExtractionAssert.noDuplicates(e);
    ExtractionAssert.evidenceInSentences(e);
  }

  @Test
  void aPronounStandsForAPersonOfItsGender(Extractor extractor) {
    Extraction e = Fixtures.extract(extractor, "pronoun-gender.txt");
    // "After her talks with Persson": her is Halonen, though Persson is the subject before.
    Event talks = event(e, "FINGOV", "SWEGOV", "040", Modality.ASSERTED);
    assertThat(talks.mentions())
        .extracting(m -> m.source().of(e.doc().text()))
        .containsExactly("Halonen", "her");
    ExtractionAssert.noDuplicates(e);
  }
}
