package org.annalist.pipeline.geo;

import java.text.Normalizer;

/**
 * The lookup key of a place name: case, diacritics and punctuation folded, so that "Zürich",
 * "ZURICH" and "Zurich" meet, as do "N'Djamena" and "NDjamena", "Nagorno-Karabakh" and "Nagorno
 * Karabakh", "St. Louis" and "St Louis", "D.C." and "DC".
 *
 * <p>The rules, in order: letters are lower-cased and stripped of their diacritics (NFD, combining
 * marks removed); the Latin letters that NFD does not split are spelled out (ß ss, æ ae, œ oe, ø o,
 * ł l, đ d, ð d, þ th, ı i, ħ h); apostrophes and full stops are removed; every other character
 * that is not a letter or a digit separates words; runs of separators become one space and the ends
 * are trimmed. Letters of other scripts are kept, lower-cased and without diacritics.
 *
 * <p>The folding of each character below U+2000 is computed once, so that a key costs one pass over
 * the name; the gazetteer computes some 470,000 of them when it loads.
 */
public final class NameKey {
  private static final int TABLE = 0x2000;

  /** Folded form of each character below {@link #TABLE}: "" for dropped, " " for a separator. */
  private static final String[] FOLD = new String[TABLE];

  static {
    for (int c = 0; c < TABLE; c++) {
      FOLD[c] = fold((char) c);
    }
  }

  private NameKey() {}

  /** The key of {@code name}; empty when the name has no letter or digit. */
  public static String of(CharSequence name) {
    int n = name.length();
    StringBuilder out = new StringBuilder(n);
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      String f = c < TABLE ? FOLD[c] : fold(c);
      if (f.isEmpty()) {
        continue;
      }
      if (f.equals(" ")) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace && out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
      out.append(f);
    }
    return out.toString();
  }

  /** The folded form of one character: letters and digits, "" when dropped, " " to separate. */
  private static String fold(char c) {
    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
      return String.valueOf(c);
    }
    if (c >= 'A' && c <= 'Z') {
      return String.valueOf((char) (c + ('a' - 'A')));
    }
    switch (c) {
      case '\'', '.', '’', '‘', 'ʼ', 'ʻ', '`', '´', 'ʹ', '′':
        return "";
      case 'ß':
        return "ss";
      case 'æ', 'Æ':
        return "ae";
      case 'œ', 'Œ':
        return "oe";
      case 'ø', 'Ø':
        return "o";
      case 'ł', 'Ł':
        return "l";
      case 'đ', 'Đ', 'ð', 'Ð':
        return "d";
      case 'þ', 'Þ':
        return "th";
      case 'ı':
        return "i";
      case 'ħ', 'Ħ':
        return "h";
      default:
        break;
    }
    if (c < 128 || Character.isSurrogate(c)) {
      return Character.isSurrogate(c) ? String.valueOf(c) : " ";
    }
    if (Character.getType(c) == Character.NON_SPACING_MARK) {
      return "";
    }
    if (!Character.isLetterOrDigit(c)) {
      return " ";
    }
    StringBuilder out = new StringBuilder(2);
    String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
    for (int i = 0; i < d.length(); i++) {
      char x = d.charAt(i);
      if (Character.getType(x) != Character.NON_SPACING_MARK) {
        out.append(Character.toLowerCase(x));
      }
    }
    return out.toString();
  }
}
