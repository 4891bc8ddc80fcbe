package org.annalist.pipeline.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the content lines of a PETRARCH dictionary file, applying the comment rules shared by all
 * of its dictionaries:
 *
 * <ul>
 *   <li>blank lines and lines starting with {@code #} are skipped;
 *   <li>a line starting with {@code <!} is skipped whole (a one-line XML comment);
 *   <li>{@code <!-- ... -->} inside a line is removed; a {@code <!--} not closed on its line opens
 *       a comment that runs to the line containing {@code -->};
 *   <li>{@code #} anywhere else starts a trailing comment (kept as {@link
 *       DictionaryLine#comment()});
 *   <li>in verb files only, {@code ;} also starts a trailing comment (the KEDS/TABARI form).
 * </ul>
 *
 * Files are read as UTF-8; malformed bytes become U+FFFD.
 */
final class DictionaryLines {
  private DictionaryLines() {}

  /**
   * The content lines of {@code file}, or an empty list (with a problem reported) when the file
   * cannot be read.
   */
  static List<DictionaryLine> read(Path file, boolean semicolonComments, List<Problem> problems) {
    List<String> raw = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      for (String s = in.readLine(); s != null; s = in.readLine()) {
        raw.add(s);
      }
    } catch (IOException e) {
      problems.add(new Problem(file.toString(), 0, "cannot read the file: " + e));
      return List.of();
    }
    return parse(raw, semicolonComments);
  }

  static List<DictionaryLine> parse(List<String> raw, boolean semicolonComments) {
    List<DictionaryLine> lines = new ArrayList<>();
    boolean inComment = false;
    for (int i = 0; i < raw.size(); i++) {
      String s = raw.get(i);
      if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
        s = s.substring(1);
      }
      if (inComment) {
        int end = s.indexOf("-->");
        if (end < 0) {
          continue;
        }
        inComment = false;
        s = s.substring(end + 3);
      }
      if (s.startsWith("#") || s.startsWith("<!")) {
        continue;
      }
      int open = s.indexOf("<!--");
      while (open >= 0) {
        int close = s.indexOf("-->", open + 4);
        if (close < 0) {
          inComment = true;
          s = s.substring(0, open);
          break;
        }
        s = s.substring(0, open) + s.substring(close + 3);
        open = s.indexOf("<!--");
      }
      String comment = "";
      int hash = s.indexOf('#');
      if (semicolonComments) {
        int semi = s.indexOf(';');
        if (semi >= 0 && (hash < 0 || semi < hash)) {
          hash = semi;
        }
      }
      if (hash >= 0) {
        comment = s.substring(hash + 1).strip();
        s = s.substring(0, hash);
      }
      s = s.stripTrailing();
      if (!s.isBlank()) {
        lines.add(new DictionaryLine(i + 1, s, comment));
      }
    }
    return lines;
  }
}
