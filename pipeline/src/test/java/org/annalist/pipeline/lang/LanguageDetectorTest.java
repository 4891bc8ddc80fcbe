package org.annalist.pipeline.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Languages of short invented news texts. */
class LanguageDetectorTest {
  static final String ENGLISH =
      "The harbour authority said on Monday that the new container terminal would open next"
          + " spring. Workers have been building the quay for three years, and the first ships are"
          + " expected in April. Local businesses hope the project will bring hundreds of jobs to"
          + " the town.";
  static final String GERMAN =
      "Die Hafenbeh\u00F6rde teilte am Montag mit, dass das neue Containerterminal im n\u00E4chsten"
          + " Fr\u00FChjahr er\u00F6ffnet werden soll. Seit drei Jahren bauen Arbeiter an der"
          + " Kaimauer, und die ersten Schiffe werden im April erwartet. Die \u00F6rtlichen"
          + " Unternehmen hoffen, dass das Projekt Hunderte Arbeitspl\u00E4tze in die Stadt"
          + " bringt.";
  static final String FRENCH =
      "L'autorit\u00E9 portuaire a annonc\u00E9 lundi que le nouveau terminal \u00E0 conteneurs"
          + " ouvrira au printemps prochain. Les ouvriers construisent le quai depuis trois ans et"
          + " les premiers navires sont attendus en avril. Les commer\u00E7ants de la ville"
          + " esp\u00E8rent que le projet cr\u00E9era des centaines d'emplois.";
  static final String SPANISH =
      "La autoridad portuaria anunci\u00F3 el lunes que la nueva terminal de contenedores"
          + " abrir\u00E1 la pr\u00F3xima primavera. Los obreros llevan tres a\u00F1os construyendo"
          + " el muelle y se esperan los primeros barcos en abril. Los comerciantes de la ciudad"
          + " esperan que el proyecto traiga cientos de empleos.";
  static final String RUSSIAN =
      "\u041F\u043E\u0440\u0442\u043E\u0432\u043E\u0435 \u0443\u043F\u0440\u0430\u0432\u043B"
          + "\u0435\u043D\u0438\u0435 \u0441\u043E\u043E\u0431\u0449\u0438\u043B\u043E \u0432"
          + " \u043F\u043E\u043D\u0435\u0434\u0435\u043B\u044C\u043D\u0438\u043A, \u0447\u0442"
          + "\u043E \u043D\u043E\u0432\u044B\u0439 \u0442\u0435\u0440\u043C\u0438\u043D\u0430"
          + "\u043B \u043E\u0442\u043A\u0440\u043E\u0435\u0442\u0441\u044F \u0441\u043B\u0435"
          + "\u0434\u0443\u044E\u0449\u0435\u0439 \u0432\u0435\u0441\u043D\u043E\u0439. \u0420"
          + "\u0430\u0431\u043E\u0447\u0438\u0435 \u0441\u0442\u0440\u043E\u044F\u0442 \u043F"
          + "\u0440\u0438\u0447\u0430\u043B \u0443\u0436\u0435 \u0442\u0440\u0438 \u0433\u043E"
          + "\u0434\u0430, \u0430 \u043F\u0435\u0440\u0432\u044B\u0435 \u0441\u0443\u0434\u0430"
          + " \u043E\u0436\u0438\u0434\u0430\u044E\u0442\u0441\u044F \u0432 \u0430\u043F\u0440"
          + "\u0435\u043B\u0435."
          + " \u041C\u044D\u0440 \u0433\u043E\u0440\u043E\u0434\u0430 "
          + "\u0437\u0430\u044F\u0432\u0438\u043B, \u0447\u0442\u043E "
          + "\u043D\u043E\u0432\u044B\u0439 \u0442\u0435\u0440\u043C"
          + "\u0438\u043D\u0430\u043B \u0441\u0442\u0430\u043D\u0435"
          + "\u0442 \u043A\u0440\u0443\u043F\u043D\u0435\u0439\u0448"
          + "\u0438\u043C \u0432 \u0440\u0435\u0433\u0438\u043E\u043D"
          + "\u0435."
          + " \u041D\u043E\u0432\u044B\u0435 \u043A\u0440\u0430\u043D"
          + "\u044B \u043F\u0440\u0438\u0432\u0435\u0437\u043B\u0438 "
          + "\u0438\u0437 \u0441\u043E\u0441\u0435\u0434\u043D\u0435"
          + "\u0439 \u0441\u0442\u0440\u0430\u043D\u044B, \u0438 \u0438"
          + "\u0445 \u0443\u0436\u0435 \u0443\u0441\u0442\u0430\u043D"
          + "\u043E\u0432\u0438\u043B\u0438 \u043D\u0430 \u043F\u0440"
          + "\u0438\u0447\u0430\u043B\u0435.";
  static final String GEORGIAN =
      "\u10E1\u10D0\u10DE\u10DD\u10E0\u10E2\u10DD \u10D0\u10D3\u10DB\u10D8\u10DC\u10D8\u10E1"
          + "\u10E2\u10E0\u10D0\u10EA\u10D8\u10D0\u10DB \u10DD\u10E0\u10E8\u10D0\u10D1\u10D0\u10D7"
          + "\u10E1 \u10D2\u10D0\u10DC\u10D0\u10EA\u10EE\u10D0\u10D3\u10D0, \u10E0\u10DD\u10DB"
          + " \u10D0\u10EE\u10D0\u10DA\u10D8 \u10E2\u10D4\u10E0\u10DB\u10D8\u10DC\u10D0\u10DA"
          + "\u10D8 \u10DB\u10DD\u10DB\u10D0\u10D5\u10D0\u10DA \u10D2\u10D0\u10D6\u10D0\u10E4"
          + "\u10EE\u10E3\u10DA\u10D6\u10D4 \u10D2\u10D0\u10D8\u10EE\u10E1\u10DC\u10D4"
          + "\u10D1\u10D0."
          + " \u10E5\u10D0\u10DA\u10D0\u10E5\u10D8\u10E1 \u10DB\u10D4"
          + "\u10E0\u10DB\u10D0 \u10D7\u10E5\u10D5\u10D0, \u10E0\u10DD"
          + "\u10DB \u10D0\u10EE\u10D0\u10DA\u10D8 \u10E2\u10D4\u10E0"
          + "\u10DB\u10D8\u10DC\u10D0\u10DA\u10D8 \u10E0\u10D4\u10D2"
          + "\u10D8\u10DD\u10DC\u10E8\u10D8 \u10E7\u10D5\u10D4\u10DA"
          + "\u10D0\u10D6\u10D4 \u10D3\u10D8\u10D3\u10D8 \u10D8\u10E5"
          + "\u10DC\u10D4\u10D1\u10D0."
          + " \u10D0\u10EE\u10D0\u10DA\u10D8 \u10D0\u10DB\u10EC\u10D4"
          + "\u10D4\u10D1\u10D8 \u10DB\u10D4\u10D6\u10DD\u10D1\u10D4"
          + "\u10DA\u10D8 \u10E5\u10D5\u10D4\u10E7\u10DC\u10D8\u10D3"
          + "\u10D0\u10DC \u10E9\u10D0\u10DB\u10DD\u10D8\u10E2\u10D0"
          + "\u10DC\u10D4\u10E1 \u10D3\u10D0 \u10E3\u10D9\u10D5\u10D4 "
          + "\u10D3\u10D0\u10D0\u10DB\u10DD\u10DC\u10E2\u10D0\u10DF\u10D4"
          + "\u10E1. \u10DE\u10D8\u10E0\u10D5\u10D4\u10DA\u10D8 \u10D2"
          + "\u10D4\u10DB\u10D4\u10D1\u10D8 \u10DC\u10D0\u10D5\u10E1"
          + "\u10D0\u10D3\u10D2\u10E3\u10E0\u10E8\u10D8 \u10D0\u10DE"
          + "\u10E0\u10D8\u10DA\u10E8\u10D8 \u10E8\u10D4\u10DB\u10DD"
          + "\u10D5\u10DA\u10D4\u10DC.";

  private static LanguageDetector detector;

  @BeforeAll
  static void loadProfiles() {
    detector = new LanguageDetector();
  }

  @Test
  void english() {
    Detection d = detector.detect(ENGLISH);
    assertThat(d.language()).isEqualTo("en");
    assertThat(d.confidence()).isGreaterThan(0.9);
    assertThat(detector.isEnglishOrUnknown(ENGLISH)).isTrue();
  }

  @Test
  void german() {
    assertConfident(GERMAN, "de");
  }

  @Test
  void french() {
    assertConfident(FRENCH, "fr");
  }

  @Test
  void spanish() {
    assertConfident(SPANISH, "es");
  }

  @Test
  void russian() {
    assertConfident(RUSSIAN, "ru");
  }

  @Test
  void georgianScript() {
    // The library has no Georgian profile; the script decides.
    assertConfident(GEORGIAN, "ka");
  }

  private static void assertConfident(String text, String language) {
    Detection d = detector.detect(text);
    assertThat(d.language()).isEqualTo(language);
    assertThat(d.confidence()).isGreaterThan(0.9);
    assertThat(detector.isEnglishOrUnknown(text)).isFalse();
    assertThat(LanguagePolicy.english().rejection(d))
        .hasValueSatisfying(
            reason ->
                assertThat(reason)
                    .matches("not English \\(detected: " + language + ", \\d\\.\\d\\d\\)"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "Hello there", "Guten Tag", "12345 67890 -- !!", "NATO 2024"})
  void shortTextIsUndetermined(String text) {
    assertThat(detector.detect(text)).isEqualTo(Detection.undetermined());
    assertThat(detector.isEnglishOrUnknown(text)).isTrue();
  }

  @Test
  void shortTablesOfFiguresAreNeverConfidentlyForeign() {
    String table =
        "Shr 31 cts vs 27 cts\nNet 4,120,000 vs 3,870,000\nRevs 61.3 mln vs 58.2 mln\n"
            + "Nine mths\nShr 88 cts vs 79 cts";
    Detection d = detector.detect(table);
    assertThat(d.confidence()).isLessThan(LanguagePolicy.DEFAULT_MIN_CONFIDENCE);
    assertThat(detector.isEnglishOrUnknown(table)).isTrue();
  }

  @Test
  void confidenceGrowsWithTheEvidence() {
    String shortGerman = "Die Arbeiter im Hafen streiken seit Montag.";
    Detection little = detector.detect(shortGerman);
    Detection more = detector.detect(GERMAN);
    assertThat(little.language()).isEqualTo("de");
    assertThat(little.confidence()).isLessThan(0.5);
    assertThat(more.confidence()).isGreaterThan(little.confidence());
  }

  @Test
  void mixedTextWithAnEnglishMajority() {
    String mixed =
        ENGLISH
            + " A banner at the gate read: \u201EWir wollen faire L\u00F6hne.\u201C The union said"
            + " the protest would continue until the owners agreed to talks.";
    Detection d = detector.detect(mixed);
    assertThat(d.language()).isEqualTo("en");
    assertThat(detector.isEnglishOrUnknown(mixed)).isTrue();
  }

  @Test
  void englishWithGeorgianNamesIsEnglish() {
    String text = ENGLISH + " The mayor of \u10D1\u10D0\u10D7\u10E3\u10DB\u10D8 welcomed the plan.";
    assertThat(detector.detect(text).language()).isEqualTo("en");
  }

  @Test
  void looksOnlyAtTheStartOfLongTexts() {
    StringBuilder text = new StringBuilder();
    while (text.length() < LanguageDetector.WINDOW) {
      text.append(ENGLISH).append(' ');
    }
    text.append(GERMAN.repeat(100));
    assertThat(detector.detect(text.toString()).language()).isEqualTo("en");
  }

  @Test
  void isDeterministic() {
    for (String text : List.of(ENGLISH, GERMAN, FRENCH, SPANISH, RUSSIAN, GEORGIAN)) {
      assertThat(detector.detect(text)).isEqualTo(detector.detect(text));
    }
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    List<String> texts = List.of(ENGLISH, GERMAN, FRENCH, SPANISH, RUSSIAN, GEORGIAN);
    List<Detection> expected = texts.stream().map(detector::detect).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Detection>> results = new ArrayList<>();
      for (int round = 0; round < 10; round++) {
        for (String text : texts) {
          results.add(pool.submit(() -> detector.detect(text)));
        }
      }
      for (int k = 0; k < results.size(); k++) {
        assertThat(results.get(k).get()).isEqualTo(expected.get(k % texts.size()));
      }
    } finally {
      pool.shutdown();
    }
  }
}
