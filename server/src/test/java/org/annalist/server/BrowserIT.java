package org.annalist.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI in a real browser (headless Chromium) against the shared test server: each page used
 * as a person would, with a screenshot of each in {@code target/screenshots}. Requires
 * /usr/bin/chromium and /usr/bin/chromedriver.
 */
@ExtendWith(TestServer.Extension.class)
class BrowserIT {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final String SEED_TITLE = "NATO Secretary General visits Georgia";
  private static final String SECOND_REPORT_TITLE = "Stoltenberg in Tbilisi";

  private static TestServer server;
  private static ChromeDriverService service;
  private static ChromeDriver driver;
  private static Path profile;
  private static Path screenshots;

  @BeforeAll
  static void startBrowser(TestServer s) throws IOException {
    server = s;
    for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(Path.of(exe))) {
        throw new AssertionError(
            exe
                + " is missing: the browser tests need Chromium and its driver"
                + " (Debian/Ubuntu: apt-get install chromium chromium-driver)");
      }
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    profile = Files.createTempDirectory("annalist-chromium");
    screenshots = Path.of(System.getProperty("basedir", "."), "target", "screenshots");
    Files.createDirectories(screenshots);
    service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1400,1000",
        "--user-data-dir=" + profile);
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.stop();
      }
      if (profile != null) {
        try (Stream<Path> files = Files.walk(profile)) {
          for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          // a profile file still held by the exiting browser; the temp dir is cleaned later
        }
      }
    }
  }

  // ------------------------------------------------------------------ pages

  @Test
  void searchFindsTheSeedArticleFacetsNarrowItAndTheResultOpensTheArticle() {
    open("/");
    WebElement q = driver.findElement(By.id("q"));
    q.sendKeys("Stoltenberg");
    driver.findElement(By.id("search-submit")).click();
    wait(20).until(ExpectedConditions.urlContains("q=Stoltenberg"));
    waitLoaded();

    List<WebElement> titles = driver.findElements(By.cssSelector("#results .result-title"));
    assertThat(titles).extracting(WebElement::getText).contains(SEED_TITLE, SECOND_REPORT_TITLE);
    assertThat(driver.findElements(By.cssSelector("#results .snippet mark")))
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.getText()).startsWith("Stoltenberg"));
    long found = server.json("/api/articles?q=Stoltenberg").get("total").asLong();
    assertThat(text("#results-summary")).startsWith(found + " articles matching");

    // the facets count the events of the matching articles only
    JsonNode facets = server.json("/api/facets?q=Stoltenberg&top=10");
    long matching = facets.get("events").asLong();
    assertThat(matching).isPositive().isLessThan(server.json("/api/facets").get("events").asLong());
    WebElement total = driver.findElement(By.cssSelector("#facets .facet-total"));
    assertThat(total.getAttribute("data-events")).isEqualTo(String.valueOf(matching));
    assertThat(total.getText()).startsWith(matching + " events in the matching articles");
    Map<String, String> actorCounts = new HashMap<>();
    for (JsonNode a : facets.get("actors")) {
      actorCounts.put(a.get("code").asText(), a.get("events").asText());
    }
    assertThat(actorCounts).containsKey("IGOWSTNAT");
    Map<String, String> shown = new HashMap<>();
    for (WebElement b :
        driver.findElements(By.cssSelector("#facets .facet-value[data-param='actor']"))) {
      shown.put(
          b.getAttribute("data-value"), b.findElement(By.cssSelector(".facet-count")).getText());
    }
    assertThat(shown).isEqualTo(actorCounts);
    screenshot("search");

    // an actor facet: applied as a filter, kept in the address, the facets recomputed with it
    long actorEvents =
        server.json("/api/facets?q=Stoltenberg&actor=IGOWSTNAT").get("events").asLong();
    assertThat(actorEvents).isPositive();
    WebElement facet =
        driver.findElement(
            By.cssSelector("#facets .facet-value[data-param='actor'][data-value='IGOWSTNAT']"));
    facet.click();
    wait(20).until(ExpectedConditions.urlContains("actor=IGOWSTNAT"));
    waitLoaded();
    assertThat(driver.getCurrentUrl()).contains("q=Stoltenberg");
    assertThat(text("#active-filters")).contains("actor: IGOWSTNAT").contains("words: Stoltenberg");
    assertThat(
            driver
                .findElement(
                    By.cssSelector(
                        "#facets .facet-value[data-param='actor'][data-value='IGOWSTNAT']"))
                .getAttribute("class"))
        .contains("active");
    assertThat(
            driver.findElement(By.cssSelector("#facets .facet-total")).getAttribute("data-events"))
        .isEqualTo(String.valueOf(actorEvents));
    assertThat(text("#facets")).contains(actorEvents + " events");

    WebElement seed =
        driver.findElements(By.cssSelector("#results .result-title")).stream()
            .filter(a -> a.getText().equals(SEED_TITLE))
            .findFirst()
            .orElseThrow(() -> new AssertionError("seed article not in the filtered results"));
    seed.click();
    wait(20).until(ExpectedConditions.urlContains("article.html?id=" + seedId()));
    waitLoaded();
    assertThat(text("#article-title")).isEqualTo(SEED_TITLE);
  }

  @Test
  void articleMarksEntitiesShowsEvidenceOfAnEventAndStoresAVerdict() throws IOException {
    String id = seedId();
    JsonNode article = server.json("/api/articles/" + id);
    String text = article.get("text").asText();
    open("/article.html?id=" + id);
    waitLoaded();

    assertThat(texts("#article-text .ent-actor")).contains("Stoltenberg");
    assertThat(texts("#article-text .ent-place")).contains("Georgia");
    assertThat(driver.findElements(By.cssSelector("#article-text .evidence"))).isEmpty();

    // named entities: a highlight of their own, with type and name, around the actor's
    String person = null;
    int entitySpans = 0;
    for (JsonNode sp : article.get("spans")) {
      if (sp.get("kind").asText().equals("entity")) {
        entitySpans++;
        String words = text.substring(sp.get("start").asInt(), sp.get("end").asInt());
        if (sp.get("ref").asText().startsWith("person:") && words.equals("Stoltenberg")) {
          person = sp.get("ref").asText();
        }
      }
    }
    assertThat(person).as("a person entity span of the words Stoltenberg").isNotNull();
    assertThat(driver.findElements(By.cssSelector("#article-text .ent-entity")))
        .hasSizeGreaterThanOrEqualTo(entitySpans);
    String name = person.substring("person:".length());
    List<WebElement> stoltenberg =
        driver
            .findElements(
                By.cssSelector("#article-text .ent-entity.ent-person[data-kind='entity']"))
            .stream()
            .filter(e -> e.getText().equals("Stoltenberg"))
            .toList();
    assertThat(stoltenberg)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.getAttribute("title")).isEqualTo("person: " + name))
        .anySatisfy(
            e ->
                assertThat(e.findElements(By.cssSelector(".ent-actor")))
                    .extracting(WebElement::getText)
                    .contains("Stoltenberg"));
    assertThat(text(".legend .ent-entity")).isEqualTo("entity");

    // clicking the visit event marks the words of each of its mentions
    JsonNode visit = null;
    for (JsonNode e : article.get("events")) {
      if (e.get("event_code").asText().equals("042")
          && e.get("actor2_code").asText().equals("GEO")) {
        visit = e;
      }
    }
    assertThat(visit).as("the seed's visit event").isNotNull();
    List<String> actions = new ArrayList<>();
    Set<String> actors = new LinkedHashSet<>();
    for (JsonNode m : visit.get("mentions")) {
      actions.add(text.substring(m.get("action_start").asInt(), m.get("action_end").asInt()));
      for (String a : List.of("actor1", "actor2")) {
        if (m.hasNonNull(a + "_start")) {
          actors.add(text.substring(m.get(a + "_start").asInt(), m.get(a + "_end").asInt()));
        }
      }
    }
    WebElement card = eventCard(visit.get("global_event_id").asLong());
    card.findElement(By.cssSelector(".event-head")).click();
    wait(10)
        .withMessage("the action words of the visit's " + actions.size() + " mentions marked")
        .until(
            d ->
                d.findElements(By.cssSelector("#article-text mark.evidence-action")).size()
                    == actions.size());
    assertThat(texts("#article-text mark.evidence-action"))
        .containsExactlyInAnyOrderElementsOf(actions);
    assertThat(actions).contains("visit");
    assertThat(texts("#article-text mark.evidence-actor")).containsAll(actors);
    assertThat(card.getAttribute("class")).contains("selected");
    // the first piece of evidence is scrolled into view
    WebElement first = driver.findElement(By.cssSelector("#article-text mark.evidence-action"));
    wait(10).until(d -> inViewport(first));
    screenshot("article");

    // another event: marked wrong with a note; the verdict is shown, stored and exported
    JsonNode other = null;
    for (JsonNode e : article.get("events")) {
      if (e.get("global_event_id").asLong() != visit.get("global_event_id").asLong()) {
        other = e;
      }
    }
    assertThat(other).isNotNull();
    long gid = other.get("global_event_id").asLong();
    WebElement otherCard = eventCard(gid);
    String note = "wrong target <b>per the browser test</b>";
    otherCard.findElement(By.cssSelector(".feedback-note")).sendKeys(note);
    otherCard.findElement(By.cssSelector(".feedback-wrong")).click();
    wait(10)
        .until(
            d ->
                "wrong"
                    .equals(
                        eventCard(gid)
                            .findElement(By.cssSelector(".verdict"))
                            .getAttribute("data-verdict")));
    assertThat(eventCard(gid).findElement(By.cssSelector(".verdict")).getText())
        .contains("wrong")
        .contains(note);

    HttpResponse<String> export = server.get("/api/export?format=jsonl");
    assertThat(export.statusCode()).isEqualTo(200);
    JsonNode line = null;
    for (String l : export.body().split("\n")) {
      if (!l.isBlank()) {
        JsonNode row = ApiServer.JSON.readTree(l);
        if (row.get("global_event_id").asLong() == gid) {
          line = row;
        }
      }
    }
    assertThat(line).as("event %d in the export", gid).isNotNull();
    assertThat(line.get("feedback").asText()).isEqualTo("wrong");
    assertThat(line.toString()).contains("\"feedback\":\"wrong\"");

    // and it is still shown after reloading the page
    open("/article.html?id=" + id);
    waitLoaded();
    assertThat(eventCard(gid).findElement(By.cssSelector(".verdict")).getText()).contains("wrong");
  }

  @Test
  void eventPageShowsTheVisitWithMentionsFromTwoArticlesOrTheServersProblem() throws IOException {
    long gid = visitEventId();
    JsonNode event = server.json("/api/events/" + gid);
    open("/event.html?id=" + gid);
    waitLoaded();

    assertThat(text("#event-title")).contains("042").contains("IGOWSTNAT").contains("GEO");
    assertThat(text("#event-facts"))
        .contains("Verbal cooperation")
        .contains("Georgia")
        .contains("Goldstein");
    assertThat(text(".num-articles")).isEqualTo(event.get("num_articles").asText());
    assertThat(event.get("num_articles").asInt()).isGreaterThanOrEqualTo(2);

    List<WebElement> mentions = driver.findElements(By.cssSelector("#mentions .mention"));
    assertThat(mentions).hasSize(event.get("mentions").size());
    Set<String> articles = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    for (WebElement m : mentions) {
      articles.add(m.getAttribute("data-article-id"));
      titles.add(m.findElement(By.cssSelector(".mention-article")).getText());
      assertThat(m.findElement(By.cssSelector(".mention-article")).getAttribute("href"))
          .contains("article.html?id=" + m.getAttribute("data-article-id"));
      assertThat(m.findElement(By.cssSelector(".date")).getText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(m.findElement(By.cssSelector(".source")).getText()).isNotBlank();
      List<WebElement> action = m.findElements(By.cssSelector(".sentence mark.evidence-action"));
      assertThat(action).hasSize(1);
      assertThat(action.get(0).getText()).isNotBlank();
      assertThat(m.findElement(By.cssSelector(".sentence")).getText())
          .contains(action.get(0).getText());
    }
    assertThat(articles).hasSizeGreaterThanOrEqualTo(2);
    assertThat(titles).contains(SEED_TITLE, SECOND_REPORT_TITLE);
    screenshot("event");

    // an unknown event: the server's own explanation is shown
    long missing = 987_654_321L;
    HttpResponse<String> notFound = server.get("/api/events/" + missing);
    assertThat(notFound.statusCode()).isEqualTo(404);
    String detail = ApiServer.JSON.readTree(notFound.body()).path("detail").asText();
    assertThat(detail).contains(String.valueOf(missing));
    open("/event.html?id=" + missing);
    wait(20).until(d -> d.findElement(By.id("error")).isDisplayed());
    assertThat(text("#error .error-detail")).isEqualTo(detail);
    assertThat(driver.findElement(By.id("event")).isDisplayed()).isFalse();
  }

  @Test
  void exploreDrawsTheViewsAndBrushingTheTimelineFiltersTheOthers() {
    open("/explore.html");
    waitLoaded();
    long allEvents = server.json("/api/events?size=1").get("total").asLong();
    wait(20).until(d -> !d.findElements(By.cssSelector("#timeline rect.bar")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("#network canvas"))).isNotEmpty();
    assertThat(driver.findElement(By.id("network")).getAttribute("data-nodes"))
        .isEqualTo(String.valueOf(server.json("/api/network?limit=80").get("nodes").size()));
    wait(20).until(d -> !d.findElements(By.cssSelector("#map .cluster-marker")).isEmpty());
    assertThat(driver.findElements(By.cssSelector("#map path.leaflet-interactive, #map path")))
        .as("country shapes")
        .hasSizeGreaterThan(100);
    assertThat(text("#events-count")).isEqualTo("(" + allEvents + ")");
    assertThat(text("#range-label")).isEqualTo("all");

    // drag across the first part of the timeline
    WebElement overlay = driver.findElement(By.cssSelector("#timeline .brush .overlay"));
    int width = overlay.getRect().getWidth();
    new Actions(driver)
        .moveToElement(overlay, -width / 2 + 3, 0)
        .clickAndHold()
        .moveByOffset(width / 7, 0)
        .release()
        .perform();
    wait(20).until(ExpectedConditions.urlContains("from="));
    wait(20).until(d -> !text("#range-label").equals("all"));
    Map<String, String> q = query(driver.getCurrentUrl());
    assertThat(q.get("from")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(q.get("to")).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(text("#range-label")).isEqualTo(q.get("from") + " → " + q.get("to"));
    String range = "from=" + q.get("from") + "&to=" + q.get("to");
    long inRange = server.json("/api/events?size=1&" + range).get("total").asLong();
    assertThat(inRange).isPositive().isLessThan(allEvents);
    wait(20)
        .withMessage("the events list reloaded for " + range)
        .until(d -> text("#events-count").equals("(" + inRange + ")"));
    int nodes = server.json("/api/network?limit=80&" + range).get("nodes").size();
    wait(20)
        .until(
            d ->
                String.valueOf(nodes)
                    .equals(d.findElement(By.id("network")).getAttribute("data-nodes")));
    for (WebElement day : driver.findElements(By.cssSelector("#events-body tr td:first-child"))) {
      assertThat(day.getText()).isBetween(q.get("from"), q.get("to"));
    }
    assertThat(driver.findElements(By.cssSelector("#timeline .brush .selection")))
        .anySatisfy(s -> assertThat(s.getAttribute("width")).isNotNull());

    // the events link to their pages
    WebElement link = driver.findElement(By.cssSelector("#events-body a.event-link"));
    assertThat(link.getAttribute("href")).matches(".*/event\\.html\\?id=\\d+");
  }

  @Test
  void exploreShadesCountriesWithEventsAndClickingOneFiltersByIt() {
    open("/explore.html");
    waitLoaded();
    long allEvents = server.json("/api/events?size=1").get("total").asLong();
    Set<String> withEvents = new LinkedHashSet<>();
    for (JsonNode c : server.json("/api/facets?top=100").get("countries")) {
      withEvents.add(c.get("country").asText());
    }
    assertThat(withEvents).contains("GEO");
    wait(20).until(d -> !d.findElements(By.cssSelector("#map path.country.has-events")).isEmpty());
    Set<String> shaded = new LinkedHashSet<>();
    for (WebElement p : driver.findElements(By.cssSelector("#map path.country.has-events"))) {
      shaded.add(p.getAttribute("data-iso3"));
    }
    Set<String> shapes = new LinkedHashSet<>();
    for (WebElement p : driver.findElements(By.cssSelector("#map path.country[data-iso3]"))) {
      shapes.add(p.getAttribute("data-iso3"));
    }
    Set<String> expected = new LinkedHashSet<>(withEvents);
    expected.retainAll(shapes);
    assertThat(shaded).contains("GEO").isEqualTo(expected);
    assertThat(shapes).hasSizeGreaterThan(150).doesNotContainNull();

    // the shape of Georgia lies under the circle of Tbilisi: the click is sent to the shape itself
    WebElement georgia = driver.findElement(By.cssSelector("#map path.country[data-iso3='GEO']"));
    assertThat(georgia.getAttribute("class")).contains("leaflet-interactive");
    driver.executeScript(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true,"
            + " view: window}));",
        georgia);
    wait(20).until(ExpectedConditions.urlContains("country=GEO"));
    assertThat(driver.findElement(By.id("country")).getAttribute("value")).isEqualTo("GEO");

    JsonNode geo = server.json("/api/events?country=GEO&size=25");
    long geoEvents = geo.get("total").asLong();
    assertThat(geoEvents).isPositive().isLessThan(allEvents);
    wait(20)
        .withMessage("the events list reloaded for country=GEO")
        .until(d -> text("#events-count").equals("(" + geoEvents + ")"));
    wait(20)
        .until(
            d ->
                d.findElement(By.cssSelector("#map path.country[data-iso3='GEO']"))
                    .getAttribute("class")
                    .contains("chosen"));
    List<String> ids = new ArrayList<>();
    for (JsonNode e : geo.get("items")) {
      ids.add(e.get("global_event_id").asText());
      assertThat(
              List.of(
                  e.path("actor1_country_code").asText(),
                  e.path("actor2_country_code").asText(),
                  e.path("action_geo_country").asText()))
          .as("countries of event %s", e.get("global_event_id"))
          .contains("GEO");
    }
    List<WebElement> rows = driver.findElements(By.cssSelector("#events-body tr[data-event-id]"));
    assertThat(rows).extracting(r -> r.getAttribute("data-event-id")).isEqualTo(ids);
    for (WebElement row : rows) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      String actorsAndPlace =
          cells.get(2).getText() + " | " + cells.get(3).getText() + " | " + cells.get(4).getText();
      assertThat(actorsAndPlace).containsAnyOf("GEO", "Georgia");
    }
    int nodes = server.json("/api/network?limit=80&country=GEO").get("nodes").size();
    wait(20)
        .until(
            d ->
                String.valueOf(nodes)
                    .equals(d.findElement(By.id("network")).getAttribute("data-nodes")));
    screenshot("explore");
  }

  @Test
  void extractShowsTheEventWithItsExplanationAndEvidenceOrTheProblem() {
    open("/extract.html");
    driver.findElement(By.id("title")).sendKeys("Statement");
    WebElement textArea = driver.findElement(By.id("text"));
    textArea.sendKeys("Russia condemned Ukraine on Monday.");
    driver.findElement(By.id("extract-submit")).click();
    wait(120)
        .until(d -> !d.findElements(By.cssSelector("#extract-events li.event-card")).isEmpty());
    List<WebElement> cards = driver.findElements(By.cssSelector("#extract-events li.event-card"));
    WebElement condemn =
        cards.stream()
            .filter(
                c ->
                    "111".equals(c.getAttribute("data-code"))
                        || "11".equals(c.getAttribute("data-root")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no event of root 11 among " + cards.size()));
    assertThat(condemn.findElement(By.cssSelector(".explanation")).getText())
        .contains("RUS")
        .contains("UKR")
        .contains("condemn");
    assertThat(condemn.getText()).contains("Russia (RUS)").contains("Ukraine (UKR)");
    assertThat(texts("#extract-text mark.evidence-action")).contains("condemned");
    assertThat(texts("#extract-text .ent-actor")).contains("Russia", "Ukraine");
    screenshot("extract");

    // a text of blanks only: the problem's detail is shown
    textArea.clear();
    textArea.sendKeys("   ");
    driver.findElement(By.id("extract-submit")).click();
    wait(30).until(d -> d.findElement(By.id("error")).isDisplayed());
    assertThat(text("#error")).contains("missing text");
    assertThat(driver.findElement(By.id("extract-result")).isDisplayed()).isFalse();
  }

  @Test
  void untrustedArticleDataIsShownAsTextAndNeverRuns() {
    JsonNode hits = server.json("/api/articles?q=Kharkiv").get("items");
    assertThat(hits).hasSize(1);
    String id = hits.get(0).get("id").asText();
    JsonNode article = server.json("/api/articles/" + id);
    assertThat(article.get("title").asText()).contains("<script>");

    open("/article.html?id=" + id);
    waitLoaded();
    hover("#article-title");
    hover("#article-meta .source");
    hover("#article-text");
    for (WebElement head : driver.findElements(By.cssSelector("#events .event-head"))) {
      head.click();
    }
    assertNothingRan("article");
    assertThat(text("#article-title"))
        .contains("<script>window.__annalistXss=3</script>")
        .contains("<img src=x onerror=");
    assertThat(text("#article-meta")).contains("<b onmouseover=");
    assertThat(text("#article-text"))
        .contains("<script>window.__annalistXss=4</script>")
        .contains("<iframe src=");
    screenshot("xss-article");

    open("/?q=Kharkiv");
    waitLoaded();
    hover("#results .result-title");
    hover("#results .source");
    assertNothingRan("search");
    WebElement title = driver.findElement(By.cssSelector("#results .result-title"));
    assertThat(title.getText()).contains("<script>window.__annalistXss=3</script>");
    assertThat(text("#results .source")).contains("<b onmouseover=");

    assertThat(article.get("events")).isNotEmpty();
    for (JsonNode e : article.get("events")) {
      open("/event.html?id=" + e.get("global_event_id").asLong());
      waitLoaded();
      assertThat(text("#mentions")).contains("<b onmouseover=");
      hover("#mentions .mention-article");
      hover("#mentions .source");
      assertNothingRan("event " + e.get("global_event_id"));
    }

    String day = article.get("events").get(0).get("day").asText();
    open("/explore.html?from=" + day + "&to=" + day);
    waitLoaded();
    wait(20).until(d -> text("#events-body").contains("<script>"));
    hover("#events-body");
    hover("#network");
    driver.findElement(By.cssSelector("#map .cluster-marker")).click();
    wait(10).until(d -> !d.findElements(By.cssSelector(".leaflet-popup-content")).isEmpty());
    assertNothingRan("explore");
  }

  // ------------------------------------------------------------------ helpers

  private static void open(String path) {
    driver.get(server.uri(path).toString());
  }

  private static WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds));
  }

  /** Waits until the page's script has loaded its data. */
  private static void waitLoaded() {
    wait(30)
        .until(
            d ->
                "true"
                    .equals(
                        ((JavascriptExecutor) d)
                            .executeScript("return document.body.dataset.loaded")));
  }

  private static String text(String css) {
    return driver.findElement(By.cssSelector(css)).getText();
  }

  private static List<String> texts(String css) {
    return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  private static WebElement eventCard(long gid) {
    return driver.findElement(By.cssSelector("#events li[data-event-id='" + gid + "']"));
  }

  private static boolean inViewport(WebElement e) {
    Object r =
        driver.executeScript(
            "const r = arguments[0].getBoundingClientRect();"
                + " return r.top >= 0 && r.bottom <= window.innerHeight;",
            e);
    return Boolean.TRUE.equals(r);
  }

  private static void hover(String css) {
    for (WebElement e : driver.findElements(By.cssSelector(css))) {
      new Actions(driver).scrollToElement(e).moveToElement(e).perform();
    }
  }

  /**
   * Asserts that none of the payloads ran and that no element or attribute from the data became
   * markup: no frames or objects, no images, no event-handler attributes, no scripts but the page's
   * own, no links other than http(s).
   */
  private static void assertNothingRan(String page) {
    assertThat(driver.executeScript("return window.__annalistXss"))
        .as("window.__annalistXss on the %s page", page)
        .isNull();
    @SuppressWarnings("unchecked")
    List<String> bad =
        (List<String>)
            driver.executeScript(
                "const bad = [];"
                    + "const show = (e) => e.outerHTML.slice(0, 120);"
                    + "document.querySelectorAll('iframe, frame, object, embed, img')"
                    + "  .forEach((e) => bad.push(show(e)));"
                    + "document.querySelectorAll('*').forEach((e) => {"
                    + "  for (const a of e.attributes) {"
                    + "    if (/^on/i.test(a.name) || /^\\s*javascript:/i.test(a.value)) bad.push(show(e));"
                    + "  }"
                    + "});"
                    + "document.querySelectorAll('script').forEach((s) => {"
                    + "  const ok = s.src && /^\\/(js|webjars)\\//.test(new URL(s.src).pathname);"
                    + "  if (!ok) bad.push(show(s));"
                    + "});"
                    + "document.querySelectorAll('a[href]').forEach((a) => {"
                    + "  if (!/^https?:$/.test(new URL(a.href).protocol)) bad.push(show(a));"
                    + "});"
                    + "return bad;");
    assertThat(bad).as("markup from data on the %s page", page).isEmpty();
  }

  private static String seedId() {
    for (JsonNode a : server.json("/api/articles?q=Stoltenberg").get("items")) {
      if (SEED_TITLE.equals(a.get("title").asText())) {
        return a.get("id").asText();
      }
    }
    throw new AssertionError("no seed article");
  }

  /** The seed's visit event: NATO (Stoltenberg) visits Georgia, code 042. */
  private static long visitEventId() {
    String seed = seedId();
    for (JsonNode e : server.json("/api/events?actor=IGOWSTNAT&code=042").get("items")) {
      if (seed.equals(e.get("article_id").asText())
          && "GEO".equals(e.get("actor2_code").asText())) {
        return e.get("global_event_id").asLong();
      }
    }
    throw new AssertionError("no visit event in the seed article");
  }

  private static Map<String, String> query(String url) {
    Map<String, String> q = new HashMap<>();
    int at = url.indexOf('?');
    if (at < 0) {
      return q;
    }
    for (String kv : url.substring(at + 1).split("&")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        q.put(
            URLDecoder.decode(kv.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return q;
  }

  /** Saves a PNG of the whole page (at most 1800 px high) to target/screenshots/NAME.png. */
  private static void screenshot(String name) {
    byte[] png;
    try {
      Number w = (Number) driver.executeScript("return document.documentElement.scrollWidth");
      Number h = (Number) driver.executeScript("return document.documentElement.scrollHeight");
      Map<String, Object> clip =
          Map.of("x", 0, "y", 0, "width", w, "height", Math.min(h.intValue(), 1800), "scale", 1);
      Map<String, Object> shot =
          driver.executeCdpCommand(
              "Page.captureScreenshot",
              Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
      png = Base64.getDecoder().decode((String) shot.get("data"));
    } catch (RuntimeException e) {
      png = driver.getScreenshotAs(OutputType.BYTES);
    }
    try {
      Files.write(screenshots.resolve(name + ".png"), png);
    } catch (IOException e) {
      throw new AssertionError("cannot save screenshot " + name, e);
    }
  }
}
