package org.annalist.pipeline.actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.annalist.pipeline.actor.NameGender.Gender;
import org.junit.jupiter.api.Test;

class NameGenderTest {
  @Test
  void firstNamesAndHonorificsSayTheGender() {
    assertThat(NameGender.of("Margaret Thatcher")).isEqualTo(Gender.FEMALE);
    assertThat(NameGender.of("Nikolai Ryzhkov")).isEqualTo(Gender.MALE);
    assertThat(NameGender.of("Mrs. Thatcher")).isEqualTo(Gender.FEMALE);
    assertThat(NameGender.of("Sir Geoffrey Howe")).isEqualTo(Gender.MALE);
    assertThat(NameGender.of("Zurabishvili")).isEqualTo(Gender.UNKNOWN);
    assertThat(NameGender.of("")).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void pronounsHaveTheirGender() {
    assertThat(NameGender.ofPronoun("Her")).isEqualTo(Gender.FEMALE);
    assertThat(NameGender.ofPronoun("his")).isEqualTo(Gender.MALE);
    assertThat(NameGender.ofPronoun("they")).isEqualTo(Gender.UNKNOWN);
  }
}
