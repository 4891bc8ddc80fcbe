package org.annalist.pipeline.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.Set;
import org.annalist.model.Extraction;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineExtension;
import org.annalist.pipeline.golden.GoldenFixtures;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Real output validates against the published schema, and its offsets agree with its text. */
@ExtendWith(PipelineExtension.class)
class ExtractionSchemaIT {
  private static JsonSchema schema() throws Exception {
    try (InputStream in = ExtractionJson.class.getResourceAsStream("extraction.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "seed-nato-georgia.txt",
        "georgia-us-state.txt",
        "enrich-quotes.txt",
        "enrich-amounts.txt"
      })
  void outputIsValid(String fixture, Extractor extractor) throws Exception {
    Extraction e = GoldenFixtures.extract(extractor, fixture);
    ExtractionJson json = new ExtractionJson();
    JsonNode tree = new ObjectMapper().readTree(json.write(e, false));
    Set<ValidationMessage> errors = schema().validate(tree);
    assertThat(errors).isEmpty();
    String text = tree.get("text").asText();
    for (JsonNode ev : tree.get("events")) {
      for (JsonNode m : ev.get("mentions")) {
        JsonNode a = m.get("action");
        assertThat(text.substring(a.get("start").asInt(), a.get("end").asInt()))
            .isEqualTo(a.get("text").asText());
      }
    }
    JsonNode en = tree.get("enrichment");
    for (String list : new String[] {"themes", "names"}) {
      for (JsonNode item : en.get(list)) {
        for (JsonNode m : item.get("mentions")) {
          assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
              .isEqualTo(m.get("text").asText());
        }
      }
    }
    for (JsonNode q : en.get("quotations")) {
      assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt()))
          .isEqualTo(q.get("text").asText());
    }
    for (JsonNode a : en.get("amounts")) {
      assertThat(text.substring(a.get("start").asInt(), a.get("end").asInt()))
          .isEqualTo(a.get("text").asText());
    }
    for (JsonNode actor : tree.get("actors")) {
      for (JsonNode m : actor.get("mentions")) {
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
            .isEqualTo(m.get("text").asText());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"schema\":\"annalist-extraction/1\"}", "{\"schema\":\"other\"}"})
  void schemaRejectsIncompleteDocuments(String doc) throws Exception {
    assertThat(schema().validate(new ObjectMapper().readTree(doc))).isNotEmpty();
  }
}
