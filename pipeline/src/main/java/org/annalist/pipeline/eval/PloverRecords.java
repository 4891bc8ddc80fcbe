package org.annalist.pipeline.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads PLOVER gold-standard files: a JSON array (trailing commas allowed) of records with {@code
 * text}, {@code event}, {@code source[]} and {@code target[]} ({@code actorText}, {@code code},
 * {@code sector}). Documentation records ({@code DOCUMENT}) and records without text are skipped.
 */
public final class PloverRecords {
  private PloverRecords() {}

  public static List<PloverRecord> read(Path file) throws IOException {
    JsonMapper mapper =
        JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .build();
    JsonNode root;
    try {
      root = mapper.readTree(Files.readString(file));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IOException(file + ": invalid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new IOException(file + ": expected a JSON array of records");
    }
    List<PloverRecord> out = new ArrayList<>();
    int n = 0;
    for (JsonNode r : root) {
      n++;
      String event = r.path("event").asText("");
      String text = r.path("text").asText("");
      if (event.isEmpty() || event.equals("DOCUMENT") || text.isBlank()) {
        continue;
      }
      String id = r.path("id").asText("record-" + n);
      out.add(
          new PloverRecord(
              id,
              text,
              date(r.path("date").asText("")),
              event,
              actors(r.get("source")),
              actors(r.get("target"))));
    }
    return out;
  }

  private static LocalDate date(String s) {
    try {
      return s.isEmpty() ? null : LocalDate.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Country codes of CAMEO versions before 1.1 that some gold records still use, with the ISO
   * alpha-3 code CAMEO 1.1b3 gives the same country.
   */
  static final java.util.Map<String, String> LEGACY_COUNTRIES =
      java.util.Map.of("JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "GMY", "DEU");

  private static List<PloverRecord.GoldActor> actors(JsonNode node) {
    List<PloverRecord.GoldActor> out = new ArrayList<>();
    if (node == null || !node.isArray()) {
      return out;
    }
    for (JsonNode a : node) {
      String code = a.path("code").asText("").trim().toUpperCase(Locale.ROOT);
      if (code.length() < 3) {
        continue;
      }
      String country = LEGACY_COUNTRIES.getOrDefault(code.substring(0, 3), code.substring(0, 3));
      String sector = a.path("sector").asText("").trim().toUpperCase(Locale.ROOT);
      if (sector.isEmpty() && code.length() >= 6) {
        sector = code.substring(3, 6);
      }
      sector = sector.length() >= 3 ? sector.substring(0, 3) : "";
      if (sector.equals("***")
          || sector.isEmpty()
          || country.equals("IGO")
          || country.equals("NGO")) {
        sector = null;
      }
      out.add(new PloverRecord.GoldActor(a.path("actorText").asText(""), country, sector));
    }
    return out;
  }
}
