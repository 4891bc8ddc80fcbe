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

/** A pattern's object named under an amount or a process noun. */
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
}
