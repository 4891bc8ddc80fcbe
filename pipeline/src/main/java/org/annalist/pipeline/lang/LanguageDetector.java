package org.annalist.pipeline.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Tells the language of a text, with the n-gram profiles built into the optimaize language-detector
 * library (70 languages) and a check of the writing system first.
 *
 * <p>Lifecycle: the constructor loads every built-in profile (about two seconds and 70 MB of heap),
 * so build one per process and share it; it is immutable and thread-safe afterwards, and {@link
 * #detect} is deterministic (the library's sampling uses a fixed seed per call).
 *
 * <p>How a text is read:
 *
 * <ol>
 *   <li>Only its first {@value #WINDOW} chars are looked at.
 *   <li>Fewer than {@value #MIN_LETTERS} letters: {@link Detection#UNDETERMINED}.
 *   <li>When most letters are in a script the library has no profile for, the script decides:
 *       Georgian is {@code ka}, Armenian {@code hy} and so on for a few scripts that belong to one
 *       main language; other such scripts are undetermined. Without this step the library
 *       confidently calls Georgian text Estonian.
 *   <li>Otherwise the most probable language of the library, with its probability as confidence.
 * </ol>
 *
 * <p>Either way the confidence is scaled down for texts under {@value #FULL_CONFIDENCE_LETTERS}
 * letters, so that a short table of figures is never confidently foreign.
 */
public final class LanguageDetector {
  /** Texts with fewer letters than this are {@link Detection#UNDETERMINED}. */
  public static final int MIN_LETTERS = 20;

  /**
   * Texts with fewer letters than this get a confidence reduced in proportion: a few dozen letters
   * of figures and abbreviations ("Shr 25 cts vs 20 cts Net 1.2 mln") look like any language.
   */
  public static final int FULL_CONFIDENCE_LETTERS = 200;

  /** How many chars from the start of a text are looked at. */
  public static final int WINDOW = 10_000;

  private static final long SEED = 41L;

  /** Scripts of the languages in the built-in profiles. */
  private static final Set<UnicodeScript> PROFILED =
      EnumSet.of(
          UnicodeScript.LATIN,
          UnicodeScript.CYRILLIC,
          UnicodeScript.GREEK,
          UnicodeScript.ARABIC,
          UnicodeScript.HEBREW,
          UnicodeScript.DEVANAGARI,
          UnicodeScript.BENGALI,
          UnicodeScript.GURMUKHI,
          UnicodeScript.GUJARATI,
          UnicodeScript.TAMIL,
          UnicodeScript.TELUGU,
          UnicodeScript.KANNADA,
          UnicodeScript.MALAYALAM,
          UnicodeScript.THAI,
          UnicodeScript.KHMER,
          UnicodeScript.HAN,
          UnicodeScript.HIRAGANA,
          UnicodeScript.KATAKANA,
          UnicodeScript.HANGUL);

  /** Scripts without a profile that are written for one main language. */
  private static final Map<UnicodeScript, String> SCRIPT_LANGUAGE = scriptLanguages();

  private final com.optimaize.langdetect.LanguageDetector detector;
  private final TextObjectFactory texts;

  /**
   * Loads the built-in profiles.
   *
   * @throws UncheckedIOException if they cannot be read
   */
  public LanguageDetector() {
    List<LanguageProfile> profiles;
    try {
      profiles = new LanguageProfileReader().readAllBuiltIn();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the built-in language profiles", e);
    }
    this.detector =
        LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(profiles)
            .seed(SEED)
            .build();
    this.texts = CommonTextObjectFactories.forDetectingOnLargeText();
  }

  /** The language of {@code text}; never null. */
  public Detection detect(String text) {
    Objects.requireNonNull(text, "text");
    String window = text.length() > WINDOW ? text.substring(0, WINDOW) : text;
    Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
    int total = 0;
    for (int i = 0; i < window.length(); ) {
      int cp = window.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters.merge(UnicodeScript.of(cp), 1, Integer::sum);
        total++;
      }
      i += Character.charCount(cp);
    }
    if (total < MIN_LETTERS) {
      return Detection.undetermined();
    }
    UnicodeScript main = null;
    int most = 0;
    for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
      if (e.getValue() > most) {
        main = e.getKey();
        most = e.getValue();
      }
    }
    if (!PROFILED.contains(main)) {
      String language = SCRIPT_LANGUAGE.get(main);
      return language == null
          ? Detection.undetermined()
          : new Detection(language, weighed((double) most / total, total));
    }
    List<DetectedLanguage> found = detector.getProbabilities(texts.forText(window));
    if (found.isEmpty()) {
      return Detection.undetermined();
    }
    DetectedLanguage best = found.get(0);
    return new Detection(best.getLocale().getLanguage(), weighed(best.getProbability(), total));
  }

  /** A probability scaled down for texts with little evidence, clamped to [0, 1]. */
  private static double weighed(double probability, int letters) {
    double evidence = Math.min(1.0, (double) letters / FULL_CONFIDENCE_LETTERS);
    return Math.min(1.0, Math.max(0.0, probability * evidence));
  }

  /** Whether {@code text} passes {@link LanguagePolicy#english()}. */
  public boolean isEnglishOrUnknown(String text) {
    return LanguagePolicy.english().accepts(detect(text));
  }

  private static Map<UnicodeScript, String> scriptLanguages() {
    Map<UnicodeScript, String> m = new EnumMap<>(UnicodeScript.class);
    m.put(UnicodeScript.GEORGIAN, "ka");
    m.put(UnicodeScript.ARMENIAN, "hy");
    m.put(UnicodeScript.SINHALA, "si");
    m.put(UnicodeScript.LAO, "lo");
    m.put(UnicodeScript.MYANMAR, "my");
    m.put(UnicodeScript.TIBETAN, "bo");
    m.put(UnicodeScript.THAANA, "dv");
    m.put(UnicodeScript.ORIYA, "or");
    return Collections.unmodifiableMap(m);
  }
}
