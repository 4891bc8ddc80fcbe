package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annalist.pipeline.Extractor;
import org.annalist.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API against a real server on a loopback port, over articles ingested through it. */
@ExtendWith(TestServer.Extension.class)
class ApiIT {
  private static JsonNode read(String body) throws IOException {
    return ApiServer.JSON.readTree(body);
  }

  /** The id of the fixture article whose title is {@code title}. */
  private static String articleId(TestServer s, String title) {
    for (JsonNode a : s.ingested().get("articles")) {
      if (title.equals(a.path("title").asText())) {
        return a.get("id").asText();
      }
    }
    throw new AssertionError("no fixture article " + title);
  }

  @Test
  void articlesPostedAreStoredThroughThePipelineOnceEach(TestServer s) throws IOException {
    JsonNode in = s.ingested();
    assertThat(in.get("read").asLong()).isEqualTo(8);
    assertThat(in.get("stored").asLong()).isEqualTo(8);
    assertThat(in.get("events").asLong()).isGreaterThan(20);
    for (JsonNode a : in.get("articles")) {
      assertThat(a.get("status").asText()).isEqualTo("stored");
      assertThat(a.get("id").asText()).matches("[0-9a-f]{32}");
    }
    String fixtureText;
    try (java.io.InputStream f = ApiIT.class.getResourceAsStream("fixture-articles.json")) {
      fixtureText =
          read(new String(f.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
              .get(1)
              .get("text")
              .asText();
    }
    HttpResponse<String> again =
        s.post(
            "/api/articles",
            "[{\"title\": \"the same text again\", \"text\": "
                + ApiServer.JSON.writeValueAsString(fixtureText)
                + "}, {\"title\": \"no text\"}, {\"text\": \"Der Generalsekretär der NATO"
                + " besuchte am Montag Georgien und traf sich mit der Präsidentin und dem"
                + " Premierminister des Landes. Er rief Russland auf, seine Aktivitäten in den"
                + " besetzten Gebieten einzustellen, und bekräftigte die Unterstützung der Allianz"
                + " für die Souveränität und territoriale Integrität Georgiens. Die Regierung in"
                + " Tiflis begrüßte den Besuch und sprach von einem wichtigen Zeichen der"
                + " Solidarität.\"}]");
    assertThat(again.statusCode()).isEqualTo(200);
    JsonNode r = read(again.body());
    assertThat(r.get("read").asLong()).isEqualTo(3);
    List<String> statuses = new ArrayList<>();
    r.get("articles").forEach(a -> statuses.add(a.get("status").asText()));
    assertThat(statuses).containsExactly("duplicate", "rejected", "rejected");
    assertThat(r.get("articles").get(1).get("reason").asText()).isEqualTo("missing text");
    assertThat(r.get("articles").get(1).get("origin").asText()).isEqualTo("request:2");
    assertThat(r.get("articles").get(2).get("reason").asText()).contains("not English");
    assertThat(s.json("/api/stats").get("counts").get("articles").asLong()).isEqualTo(8);
    assertThat(s.json("/api/stats").get("counts").get("rejected").asLong())
        .isGreaterThanOrEqualTo(2);
  }

  @Test
  void badBodiesAreProblemsNotStackTraces(TestServer s) throws IOException {
    HttpResponse<String> notJson = s.post("/api/articles", "{not json");
    assertThat(notJson.statusCode()).isEqualTo(400);
    assertThat(notJson.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode p = read(notJson.body());
    assertThat(p.get("title").asText()).isEqualTo("Bad Request");
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("detail").asText()).startsWith("the body is not JSON").doesNotContain("\n");
    assertThat(p.get("instance").asText()).isEqualTo("/api/articles");
    assertThat(notJson.body()).doesNotContain("at org.").doesNotContain("Exception");

    assertThat(s.post("/api/articles", "[]").statusCode()).isEqualTo(400);
    String many = "[" + String.join(",", java.util.Collections.nCopies(1001, "{}")) + "]";
    HttpResponse<String> tooMany = s.post("/api/articles", many);
    assertThat(tooMany.statusCode()).isEqualTo(413);
    assertThat(read(tooMany.body()).get("detail").asText()).contains("at most 1000");

    String huge = "{\"text\": \"" + "a".repeat((int) ApiServer.MAX_BODY + 10) + "\"}";
    HttpResponse<String> tooLarge = s.post("/api/extract", huge);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
  }

  @Test
  void everyInvalidParameterIsNamedInTheProblem(TestServer s) throws IOException {
    HttpResponse<String> r =
        s.get("/api/events?from=2024-13-01&code=x4&size=500&modality=maybe&country=Georgia!");
    assertThat(r.statusCode()).isEqualTo(400);
    JsonNode p = read(r.body());
    assertThat(p.get("title").asText()).isEqualTo("Invalid parameters");
    Set<String> names = new HashSet<>();
    p.get("errors").forEach(e -> names.add(e.get("name").asText()));
    assertThat(names).containsExactlyInAnyOrder("from", "code", "size", "modality", "country");
    assertThat(s.get("/api/timeline?interval=decade").statusCode()).isEqualTo(400);
    assertThat(s.get("/api/events?from=2024-05-01&to=2024-04-01").statusCode()).isEqualTo(400);
    assertThat(s.get("/api/articles/notanid").statusCode()).isEqualTo(400);
    HttpResponse<String> missing = s.get("/api/articles/" + "0".repeat(32));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(read(missing.body()).get("detail").asText()).contains("no article");
    HttpResponse<String> noRoute = s.get("/api/nothing");
    assertThat(noRoute.statusCode()).isEqualTo(404);
    assertThat(read(noRoute.body()).get("detail").asText())
        .isEqualTo("no such endpoint: /api/nothing");
  }

  @Test
  void searchFindsArticlesByWordsAndFilters(TestServer s) {
    JsonNode r = s.json("/api/articles?q=Stoltenberg");
    assertThat(r.get("total").asLong()).isEqualTo(2);
    Set<String> titles = new HashSet<>();
    r.get("items").forEach(a -> titles.add(a.get("title").asText()));
    assertThat(titles)
        .containsExactlyInAnyOrder(
            "NATO Secretary General visits Georgia", "Stoltenberg in Tbilisi");
    JsonNode hit = r.get("items").get(0);
    assertThat(hit.get("events").asInt()).isPositive();
    JsonNode mark = hit.get("snippet").get("marks").get(0);
    assertThat(
            hit.get("snippet")
                .get("text")
                .asText()
                .substring(mark.get("start").asInt(), mark.get("end").asInt()))
        .isEqualToIgnoringCase("Stoltenberg");

    assertThat(s.json("/api/articles?q=Stoltenberg&code=05").get("total").asLong())
        .isBetween(1L, 2L);
    assertThat(s.json("/api/articles?q=Stoltenberg&country=MDA").get("total").asLong()).isZero();
    JsonNode listed = s.json("/api/articles?size=3&page=2");
    assertThat(listed.get("total").asLong()).isEqualTo(8);
    assertThat(listed.get("items")).hasSize(3);
    JsonNode byCountry = s.json("/api/articles?country=MDA");
    assertThat(byCountry.get("total").asLong()).isEqualTo(1);
    assertThat(byCountry.get("items").get(0).get("title").asText()).isEqualTo("EU and Moldova");
    JsonNode byDate = s.json("/api/articles?from=2024-03-19&to=2024-03-19");
    assertThat(byDate.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void anArticleComesWithItsSpansAndEventsWithEvidence(TestServer s) {
    JsonNode a = s.json("/api/articles/" + articleId(s, "NATO Secretary General visits Georgia"));
    String text = a.get("text").asText();
    assertThat(a.get("date").asText()).isEqualTo("2024-03-18");
    assertThat(a.get("url").asText())
        .isEqualTo("https://news.example.org/2024/03/18/stoltenberg-georgia");
    Set<String> actorTexts = new HashSet<>();
    Set<String> placeTexts = new HashSet<>();
    Set<String> entities = new HashSet<>();
    for (JsonNode sp : a.get("spans")) {
      String t = text.substring(sp.get("start").asInt(), sp.get("end").asInt());
      switch (sp.get("kind").asText()) {
        case "actor" -> actorTexts.add(t);
        case "place" -> placeTexts.add(t);
        case "quote" -> assertThat(t).isNotBlank();
        case "entity" -> entities.add(sp.get("ref").asText() + "=" + t);
        default -> throw new AssertionError(sp.toString());
      }
    }
    assertThat(actorTexts).contains("Stoltenberg", "Georgia");
    assertThat(placeTexts).contains("Georgia");
    assertThat(entities)
        .anyMatch(e -> e.startsWith("person:") && e.endsWith("=Stoltenberg"))
        .anyMatch(e -> e.startsWith("location:") && e.endsWith("=Georgia"));
    JsonNode visit = null;
    for (JsonNode e : a.get("events")) {
      if (visit == null
          && e.get("event_code").asText().equals("042")
          && e.get("actor1_code").asText().equals("IGOWSTNAT")) {
        visit = e;
      }
    }
    assertThat(visit).as("the seed's visit event").isNotNull();
    assertThat(visit.get("explanation").asText()).contains("042");
    List<String> actions = new ArrayList<>();
    for (JsonNode m : visit.get("mentions")) {
      String action = text.substring(m.get("action_start").asInt(), m.get("action_end").asInt());
      String sentence =
          text.substring(m.get("sentence_start").asInt(), m.get("sentence_end").asInt());
      assertThat(sentence).contains(action);
      actions.add(action.toLowerCase(java.util.Locale.ROOT));
    }
    assertThat(actions).anyMatch(t -> t.contains("visit"));
    assertThat(a.get("actors")).isNotEmpty();
    assertThat(a.get("places").get(0).get("lat").isNumber()).isTrue();
    JsonNode quoted = s.json("/api/articles/" + articleId(s, "Finland and Estonia link defences"));
    String qt = quoted.get("text").asText();
    List<String> quotations = new ArrayList<>();
    for (JsonNode sp : quoted.get("spans")) {
      if (sp.get("kind").asText().equals("quote")) {
        quotations.add(qt.substring(sp.get("start").asInt(), sp.get("end").asInt()));
      }
    }
    assertThat(quotations).anyMatch(q -> q.contains("Our security is indivisible"));
  }

  @Test
  void anEventShowsItsMentionsInEveryArticleThatReportsIt(TestServer s) {
    JsonNode visits = s.json("/api/events?actor=IGOWSTNAT&code=042&modality=asserted");
    assertThat(visits.get("total").asLong()).isGreaterThanOrEqualTo(2);
    long id = visits.get("items").get(0).get("global_event_id").asLong();
    JsonNode e = s.json("/api/events/" + id);
    assertThat(e.get("num_articles").asInt()).isEqualTo(2);
    assertThat(e.get("num_sources").asInt()).isEqualTo(2);
    Set<String> articles = new HashSet<>();
    for (JsonNode m : e.get("mentions")) {
      articles.add(m.get("article_id").asText());
      assertThat(m.get("sentence").asText()).isNotBlank();
    }
    assertThat(articles).hasSize(2);
    assertThat(s.get("/api/events/999999999").statusCode()).isEqualTo(404);
    assertThat(s.get("/api/events/abc").statusCode()).isEqualTo(400);
  }

  @Test
  void aggregatesCountTheStoredEvents(TestServer s) {
    long all = s.json("/api/events?size=1").get("total").asLong();
    long timelineTotal = 0;
    for (JsonNode row : s.json("/api/timeline?interval=day").get("items")) {
      long q = 0;
      for (String k : List.of("q1", "q2", "q3", "q4")) {
        q += row.get(k).asLong();
      }
      assertThat(q).isEqualTo(row.get("total").asLong());
      timelineTotal += q;
    }
    assertThat(timelineTotal).isEqualTo(all);
    JsonNode months = s.json("/api/timeline?interval=month").get("items");
    assertThat(months.get(0).get("period").asText()).isEqualTo("2024-03-01");

    JsonNode net = s.json("/api/network?limit=50");
    boolean natoGeorgia = false;
    for (JsonNode edge : net.get("edges")) {
      if (edge.get("source").asText().equals("IGOWSTNAT")
          && edge.get("target").asText().equals("GEO")) {
        natoGeorgia = true;
        assertThat(edge.get("events").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(edge.get("goldstein").asDouble()).isPositive();
      }
    }
    assertThat(natoGeorgia).isTrue();
    Set<String> nodes = new HashSet<>();
    net.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
    net.get("edges")
        .forEach(
            e -> assertThat(nodes).contains(e.get("source").asText(), e.get("target").asText()));

    JsonNode places = s.json("/api/places?country=GEO").get("items");
    assertThat(places.get(0).get("name").asText()).contains("Georgia");
    assertThat(places.get(0).get("lat").asDouble()).isBetween(41.0, 44.0);

    JsonNode moldova = s.json("/api/facets?q=Moldova&top=5");
    assertThat(moldova.get("events").asLong())
        .isEqualTo(
            s.json("/api/events?size=1&article=" + articleId(s, "EU and Moldova"))
                .get("total")
                .asLong())
        .isLessThan(s.json("/api/events?size=1").get("total").asLong());
    assertThat(moldova.get("countries").get(0).get("country").asText()).isEqualTo("MDA");
    assertThat(s.json("/api/facets?q=nosuchwordanywhere").get("events").asLong()).isZero();
    JsonNode facets = s.json("/api/facets?top=5");
    assertThat(facets.get("events").asLong()).isEqualTo(all);
    assertThat(facets.get("roots").get(0).get("name").asText()).isNotBlank();
    assertThat(s.json("/api/actors?country=MDA").get("items").get(0).get("events").asInt())
        .isPositive();
    assertThat(s.json("/api/codes").get("items")).hasSize(20);
  }

  @Test
  void aVerdictOnAnEventIsStoredAndExported(TestServer s) throws IOException {
    JsonNode ev = s.json("/api/events?actor=IGOUNO&size=1").get("items").get(0);
    long id = ev.get("global_event_id").asLong();
    HttpResponse<String> bad =
        s.post("/api/events/" + id + "/feedback", "{\"verdict\": \"maybe\", \"note\": 3}");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(read(bad.body()).get("errors")).hasSize(2);
    assertThat(s.post("/api/events/999999999/feedback", "{\"verdict\": \"wrong\"}").statusCode())
        .isEqualTo(404);
    assertThat(s.post("/api/events/" + id + "/feedback", "{\"verdict\": \"right\"}").statusCode())
        .isEqualTo(201);
    HttpResponse<String> ok =
        s.post(
            "/api/events/" + id + "/feedback",
            "{\"verdict\": \"wrong\", \"note\": \"not in the text\"}");
    assertThat(ok.statusCode()).isEqualTo(201);
    assertThat(s.json("/api/events/" + id).get("feedback").asText()).isEqualTo("wrong");

    HttpResponse<String> export = s.get("/api/export?format=jsonl&actor=IGOUNO");
    assertThat(export.statusCode()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElse(""))
        .contains("events.jsonl");
    boolean found = false;
    for (String line : export.body().split("\n")) {
      JsonNode row = read(line);
      if (row.get("global_event_id").asLong() == id) {
        found = true;
        assertThat(row.get("feedback").asText()).isEqualTo("wrong");
        assertThat(row.get("feedback_note").asText()).isEqualTo("not in the text");
      } else {
        assertThat(row.get("feedback").isNull()).isTrue();
      }
    }
    assertThat(found).isTrue();
    HttpResponse<String> csv = s.get("/api/export?format=csv&actor=IGOUNO");
    assertThat(csv.body().lines().findFirst().orElse("")).contains("feedback");
    assertThat(s.get("/api/export?format=xml").statusCode()).isEqualTo(400);
  }

  @Test
  void extractCodesAnArticleWithoutStoringIt(TestServer s) throws IOException {
    long before = s.json("/api/stats").get("counts").get("articles").asLong();
    HttpResponse<String> r =
        s.send(
            HttpRequest.newBuilder(s.uri("/api/extract"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Russia condemned Ukraine on Monday.")));
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode x = read(r.body());
    assertThat(x.get("events")).isNotEmpty();
    assertThat(x.toString()).contains("RUS").contains("UKR");
    HttpResponse<String> json =
        s.post(
            "/api/extract",
            "{\"title\": \"t\", \"date\": \"2024-02-01\", \"text\": \"Kenya praised Ethiopia.\"}");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(s.post("/api/extract", "{\"title\": \"t\"}").statusCode()).isEqualTo(400);
    assertThat(s.post("/api/extract", "{\"text\": \"x\", \"date\": \"someday\"}").statusCode())
        .isEqualTo(400);
    assertThat(s.json("/api/stats").get("counts").get("articles").asLong()).isEqualTo(before);
  }

  @Test
  void theOpenApiDocumentListsExactlyTheRoutesServed(TestServer s) throws IOException {
    JsonNode doc = s.json("/openapi.json");
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    Set<String> documented = new HashSet<>();
    for (Map.Entry<String, JsonNode> p : doc.get("paths").properties()) {
      p.getValue()
          .fieldNames()
          .forEachRemaining(
              m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey()));
    }
    assertThat(documented).containsExactlyInAnyOrderElementsOf(s.server().routes());
    // Every documented query parameter is one the server reads: an invalid value is refused.
    for (String route : documented) {
      if (!route.startsWith("GET /api/") || route.contains("{")) {
        continue;
      }
      String path = route.substring(4);
      JsonNode params = doc.get("paths").get(path).get("get").path("parameters");
      for (JsonNode p : params) {
        JsonNode schema = p.get("schema");
        if (schema.has("enum")
            || schema.has("pattern")
            || "integer".equals(schema.path("type").asText())
            || "date".equals(schema.path("format").asText())) {
          HttpResponse<String> r = s.get(path + "?" + p.get("name").asText() + "=%25bad%25");
          assertThat(r.statusCode()).as(route + " " + p.get("name")).isEqualTo(400);
          assertThat(read(r.body()).get("errors").get(0).get("name").asText())
              .isEqualTo(p.get("name").asText());
        }
      }
    }
  }

  @Test
  void readOnlySqlIsSandboxed(TestServer s) throws IOException {
    JsonNode t = s.json("/api/sql?q=SELECT%20count(*)%20AS%20n%20FROM%20articles");
    assertThat(t.get("rows").get(0).get(0).asLong()).isPositive();
    HttpResponse<String> drop = s.get("/api/sql?q=DROP%20TABLE%20articles");
    assertThat(drop.statusCode()).isEqualTo(400);
    assertThat(read(drop.body()).get("detail").asText()).contains("only queries that read");
    HttpResponse<String> file = s.get("/api/sql?q=SELECT%20*%20FROM%20read_csv('/etc/passwd')");
    assertThat(file.statusCode()).isEqualTo(400);
  }

  @Test
  void pagesForbidInlineScriptsAndFraming(TestServer s) {
    HttpResponse<String> r = s.get("/api/codes");
    assertThat(r.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("script-src 'self'")
        .contains("frame-ancestors 'none'");
    assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(s.json("/health").get("status").asText()).isEqualTo("ok");
  }

  @Test
  void beyondLoopbackTheWriteEndpointsNeedTheToken(TestServer s, @TempDir Path dir)
      throws IOException {
    assertThatThrownBy(
            () ->
                ApiServer.start(null, () -> null, new ApiServer.Options("0.0.0.0", 0, null, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
    try (Store store = Store.open(dir.resolve("data"), Store.Mode.READ_WRITE);
        ApiServer open =
            ApiServer.start(
                store,
                () -> {
                  Extractor x = s.resources().extractor();
                  return x::extract;
                },
                new ApiServer.Options("0.0.0.0", 0, "s3cret", false))) {
      String base = "http://127.0.0.1:" + open.port();
      String body = "{\"text\": \"Kenya praised Ethiopia on Monday.\"}";
      HttpResponse<String> none =
          s.send(
              HttpRequest.newBuilder(java.net.URI.create(base + "/api/articles"))
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
      assertThat(none.statusCode()).isEqualTo(401);
      HttpResponse<String> wrong =
          s.send(
              HttpRequest.newBuilder(java.net.URI.create(base + "/api/articles"))
                  .header("Authorization", "Bearer nope")
                  .POST(HttpRequest.BodyPublishers.ofString(body)));
      assertThat(wrong.statusCode()).isEqualTo(401);
      HttpResponse<String> right =
          s.send(
              HttpRequest.newBuilder(java.net.URI.create(base + "/api/articles"))
                  .header("Authorization", "Bearer s3cret")
                  .POST(HttpRequest.BodyPublishers.ofString("[" + body + ", " + body + "]")));
      assertThat(right.statusCode()).isEqualTo(200);
      JsonNode stored = read(right.body());
      assertThat(stored.get("stored").asLong()).isEqualTo(1);
      assertThat(stored.get("articles").get(0).get("status").asText()).isEqualTo("stored");
      assertThat(stored.get("articles").get(1).get("status").asText()).isEqualTo("duplicate");
      HttpResponse<String> reading =
          s.send(HttpRequest.newBuilder(java.net.URI.create(base + "/api/events")).GET());
      assertThat(reading.statusCode()).isEqualTo(200);
      assertThat(
              s.send(
                      HttpRequest.newBuilder(java.net.URI.create(base + "/api/sql?q=SELECT%201"))
                          .GET())
                  .statusCode())
          .isEqualTo(404);
    }
  }
}
