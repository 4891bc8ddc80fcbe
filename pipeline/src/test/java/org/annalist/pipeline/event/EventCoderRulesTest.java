package org.annalist.pipeline.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventCoderRulesTest {
  @Test
  void anActorActingOnItsOwnCountryIsNotCodedExceptForWhatAStateDoesToItsPeople() {
    assertThat(EventCoder.ownCountry("051", "BRA", "BRAGOV")).isTrue();
    assertThat(EventCoder.ownCountry("030", "IRLGOV", "IRL")).isTrue();
    assertThat(EventCoder.ownCountry("112", "NLDBUS", "NLD")).isTrue();
    assertThat(EventCoder.ownCountry("070", "CHE", "CHEBUS")).isTrue();
    // a country acting on its own rebels, opposition or media
    assertThat(EventCoder.ownCountry("036", "VEN", "VENOPP")).isFalse();
    assertThat(EventCoder.ownCountry("0253", "DEU", "DEUMED")).isFalse();
    // protest, repression and force; a state easing its own rule
    assertThat(EventCoder.ownCountry("141", "KEN", "KENGOV")).isFalse();
    assertThat(EventCoder.ownCountry("175", "IRN", "IRNCVL")).isFalse();
    assertThat(EventCoder.ownCountry("0814", "EGYGOV", "EGY")).isFalse();
    assertThat(EventCoder.ownCountry("080", "JPNBUS", "JPN")).isTrue();
    // not one's own country, or both with sectors
    assertThat(EventCoder.ownCountry("051", "FRALEG", "FRAGOV")).isFalse();
    assertThat(EventCoder.ownCountry("051", "FRA", "DEUGOV")).isFalse();
    assertThat(EventCoder.ownCountry("051", "IGO", "IGOUNO")).isFalse();
  }
}
