package org.annalist.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.model.CameoCodebook;
import org.junit.jupiter.api.Test;

/** The fingerprint of the dictionaries covers the data files of both modules and is stable. */
class VersionsTest {
  @Test
  void fingerprintsTheDataFilesOfModelAndPipeline() {
    Versions v = Versions.current();
    assertThat(v.dictionaries()).matches("[0-9a-f]{12}");
    assertThat(v.pipeline()).isNotBlank();
    assertThat(Versions.dataFiles(Versions.class))
        .containsKey("org/annalist/pipeline/event/patterns.index")
        .containsKey("org/annalist/pipeline/geo/places.tsv.gz")
        .noneSatisfy((name, bytes) -> assertThat(name).endsWith(".class"));
    assertThat(Versions.dataFiles(CameoCodebook.class)).isNotEmpty();
    assertThat(Versions.current()).isSameAs(v);
  }
}
