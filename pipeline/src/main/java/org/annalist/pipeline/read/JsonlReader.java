package org.annalist.pipeline.read;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Consumer;
import org.annalist.model.Article;
import org.annalist.model.Rejection;

/**
 * Reads JSON Lines: one object per line with {@code id}, {@code url}, {@code source}, {@code
 * title}, {@code date} and {@code text}. Blank lines are skipped. A bad line becomes a rejection
 * with origin {@code file:N} (N counted from 1) and the other lines go on. {@code date} is {@code
 * YYYY-MM-DD} or an ISO date-time, of which the date part is kept; without it the user's default
 * applies. The text is kept exactly as given.
 */
final class JsonlReader implements ArticleReader {
  private static final int MAX_MESSAGE = 120;

  private final LocalDate defaultDate;
  private final ObjectMapper mapper =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  JsonlReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public void read(RawInput input, Consumer<ReadResult> sink) throws BadInput {
    String content = TextBytes.decodeUtf8(input.bytes());
    Iterator<String> lines = content.lines().iterator();
    int number = 0;
    while (lines.hasNext()) {
      String line = lines.next();
      number++;
      if (line.isBlank()) {
        continue;
      }
      String origin = input.origin() + ":" + number;
      try {
        sink.accept(new ReadResult.Ok(toArticle(line, origin)));
      } catch (BadInput e) {
        sink.accept(new ReadResult.Rejected(new Rejection(origin, e.reason())));
      }
    }
  }

  private Article toArticle(String line, String origin) throws BadInput {
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JacksonException e) {
      throw new BadInput("invalid JSON: " + shortMessage(e.getOriginalMessage()));
    }
    if (node == null || !node.isObject()) {
      throw new BadInput("invalid JSON: expected an object");
    }
    JsonNode textNode = node.get("text");
    if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
      throw new BadInput("missing text");
    }
    String text = textNode.asText();
    String dateValue = scalar(node, "date");
    LocalDate stated = ArticleDate.leadingDate(dateValue);
    if (dateValue != null && stated == null) {
      throw new BadInput("invalid date: " + shortMessage(dateValue));
    }
    String id = scalar(node, "id");
    ArticleDate dated = ArticleDate.of(stated, defaultDate);
    return new Article(
        id == null ? ContentIds.of(text) : id,
        scalar(node, "url"),
        scalar(node, "source"),
        scalar(node, "title"),
        dated.date(),
        dated.origin(),
        text,
        InputFormat.JSONL.cliName(),
        origin);
  }

  /**
   * A string or number field as stripped text, or null when absent, null, blank or not a scalar.
   */
  private static String scalar(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText();
    return text.isBlank() ? null : text.strip();
  }

  /** The first line of a message, cut to a readable length. */
  static String shortMessage(String message) {
    if (message == null || message.isBlank()) {
      return "unreadable";
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
  }
}
