package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.TestArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pattern's object named under an amount or a process noun, and obliques that a pattern names by
 * their own word ("under investigation", "as human shields", "on strike").
 */
@ExtendWith(PipelineExtension.class)
class ObjectFramesIT {
  private static Extraction extract(Extractor extractor, String text) throws Exception {
    return TestArticles.extract(extractor, text, LocalDate.of(2002, 9, 16));
  }

  @Test
  void theObjectOfAProcessNounIsThePatternsObject(Extractor extractor) throws Exception {
    assertThat(extract(extractor, "Iran allowed the entry of IAEA inspectors.").events())
        .extracting(e -> e.code().code(), Event::sourceCode, Event::targetCode, Event::modality)
        .containsExactly(tuple("0862", "IRN", "IGOUNOIAE", Modality.ASSERTED));
    assertThat(
            extract(extractor, "Iraq said it would allow the return of U.N. weapons inspectors.")
                .events())
        .extracting(e -> e.code().code(), Event::sourceCode, Event::targetCode)
        .contains(tuple("0355", "IRQ", "IGOUNO"));
    // Not any noun's "of": the entry of Iranian goods is no inspection.
    assertThat(extract(extractor, "Iraq allowed the entry of Iranian goods.").events()).isEmpty();
  }

  @Test
  void anObliqueNamedByItsWord(Extractor extractor) throws Exception {
    assertThat(
            extract(extractor, "Italian prosecutors put a Russian diplomat under investigation.")
                .events())
        .extracting(e -> e.code().code(), Event::sourceCode, Event::targetCode)
        .containsExactly(tuple("090", "ITAJUD", "RUSGOV"));
    // The same verb with another oblique is no investigation.
    assertThat(
            extract(extractor, "Italian prosecutors put a Russian diplomat under pressure.")
                .events())
        .extracting(e -> e.code().code())
        .doesNotContain("090");
    // The oblique may stand under the object, and the target under the oblique.
    assertThat(
            extract(extractor, "Sudanese rebels held Sudanese civilians as human shields.")
                .events())
        .extracting(e -> e.code().code(), Event::sourceCode, Event::targetCode)
        .containsExactly(tuple("184", "SDNREB", "SDNCVL"));
    assertThat(
            extract(extractor, "Kenyan doctors went on strike against the Kenyan government.")
                .events())
        .extracting(e -> e.code().code(), Event::sourceCode, Event::targetCode)
        .containsExactly(tuple("143", "KENHLH", "KENGOV"));
  }
}
