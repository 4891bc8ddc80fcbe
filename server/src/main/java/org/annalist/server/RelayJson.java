package org.annalist.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Path;
import org.annalist.store.EventFilter;
import org.annalist.store.Export;
import org.annalist.store.SearchQuery;

/** The JSON of relayed requests and answers: the store's own records, dates as ISO strings. */
final class RelayJson {
  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private RelayJson() {}

  record Search(SearchQuery query) {}

  record Events(EventFilter filter, int limit, int offset) {}

  record Sql(String query, int maxRows) {}

  record Stats(int top) {}

  record Rejected(int limit, int offset) {}

  record ExportRequest(Export.Format format, EventFilter filter, String outDir) {
    Path out() {
      return Path.of(outDir);
    }
  }

  /** An answer that is a refusal or failure: the one-line message a local store would give. */
  record Failure(String error) {}
}
