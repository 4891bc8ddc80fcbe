package org.annalist.pipeline.read;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annalist.model.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Reads an HTML page and keeps its main text.
 *
 * <p>Metadata first, from the whole page: the title from {@code og:title}, else {@code <title>};
 * the date from {@code article:published_time}, {@code datePublished}, {@code date}, {@code
 * pubdate} meta tags or a {@code <time datetime>}; the url from the canonical link, else {@code
 * og:url}; the source from {@code og:site_name}. Then page chrome is removed: navigation, page
 * headers, footers, asides, scripts, styles, forms, and elements whose class or id names a menu,
 * share bar, comment list, cookie banner, advert and the like. The text is taken from the largest
 * {@code <article>}, else {@code <main>}, else the body, as one paragraph per {@code p}, {@code
 * h1}-{@code h6}, {@code li}, {@code blockquote} or {@code pre} block, with whitespace collapsed
 * and paragraphs separated by a blank line; headings stay on lines of their own. A page without
 * such blocks falls back to the text of its other block elements.
 */
final class HtmlReader implements ArticleReader {
  private static final Pattern DECLARED_CHARSET =
      Pattern.compile(
          "(?:<meta[^>]+charset|<\\?xml[^>]+encoding)\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)",
          Pattern.CASE_INSENSITIVE);
  private static final int CHARSET_SNIFF_BYTES = 4096;

  private static final String CHROME_TAGS =
      "nav, aside, script, style, form, noscript, iframe, template, svg, footer";
  private static final Set<String> PROTECTED_TAGS = Set.of("html", "body", "main", "article");
  private static final Set<String> CHROME_WORDS =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "menus",
          "footer",
          "share",
          "shares",
          "sharing",
          "social",
          "comment",
          "comments",
          "cookie",
          "cookies",
          "subscribe",
          "subscription",
          "related",
          "advert",
          "adverts",
          "advertisement",
          "advertising",
          "ad",
          "ads",
          "sidebar",
          "breadcrumb",
          "breadcrumbs",
          "newsletter",
          "promo");
  private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

  private static final Set<String> CONTENT_BLOCKS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");
  private static final Set<String> OTHER_BLOCKS =
      Set.of(
          "div",
          "section",
          "article",
          "main",
          "header",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "table",
          "tr",
          "td",
          "th",
          "figure",
          "figcaption",
          "address",
          "center",
          "details",
          "summary");

  private final LocalDate defaultDate;

  HtmlReader(LocalDate defaultDate) {
    this.defaultDate = defaultDate;
  }

  @Override
  public void read(RawInput input, Consumer<ReadResult> sink) throws BadInput {
    Document page = Jsoup.parse(decode(input.bytes()));
    String title = firstNonBlank(meta(page, "meta[property=og:title]"), page.title());
    String url =
        firstNonBlank(
            page.select("link[rel=canonical]").attr("href"), meta(page, "meta[property=og:url]"));
    String source = firstNonBlank(meta(page, "meta[property=og:site_name]"));
    LocalDate stated = statedDate(page);

    removeChrome(page);
    String text = mainText(container(page));
    if (text.isBlank()) {
      throw new BadInput("empty text");
    }
    ArticleDate dated = ArticleDate.of(stated, defaultDate);
    sink.accept(
        new ReadResult.Ok(
            new Article(
                ContentIds.of(text),
                url,
                source,
                title,
                dated.date(),
                dated.origin(),
                text,
                InputFormat.HTML.cliName(),
                input.origin())));
  }

  /**
   * Decodes with the charset the page declares; strict UTF-8 when it declares none, or UTF-8 or
   * ASCII.
   */
  private static String decode(byte[] bytes) throws BadInput {
    String head =
        new String(
            bytes, 0, Math.min(bytes.length, CHARSET_SNIFF_BYTES), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED_CHARSET.matcher(head);
    if (m.find()) {
      String name = m.group(1);
      Charset declared;
      try {
        declared = Charset.isSupported(name) ? Charset.forName(name) : null;
      } catch (IllegalCharsetNameException e) {
        declared = null;
      }
      if (declared != null
          && !declared.equals(StandardCharsets.UTF_8)
          && !declared.equals(StandardCharsets.US_ASCII)) {
        return new String(bytes, declared);
      }
    }
    return TextBytes.decodeUtf8(bytes);
  }

  private static String meta(Document page, String selector) {
    Element element = page.selectFirst(selector);
    return element == null ? null : element.attr("content");
  }

  private static LocalDate statedDate(Document page) {
    List<String> candidates = new ArrayList<>();
    for (String selector :
        List.of(
            "meta[property=article:published_time]",
            "meta[name=article:published_time]",
            "meta[itemprop=datePublished]",
            "meta[name=date]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=dc.date]")) {
      candidates.add(meta(page, selector));
    }
    for (Element time : page.select("time[datetime]")) {
      candidates.add(time.attr("datetime"));
    }
    for (String candidate : candidates) {
      LocalDate date = ArticleDate.leadingDate(candidate);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static void removeChrome(Document page) {
    page.select(CHROME_TAGS).remove();
    // A page header is chrome; an article's own header holds its headline.
    for (Element header : page.select("header")) {
      if (header.closest("article") == null) {
        header.remove();
      }
    }
    int pageText = paragraphText(page.body());
    List<Element> chrome = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      if (!PROTECTED_TAGS.contains(element.normalName())
          && (namesChrome(element.className()) || namesChrome(element.id()))
          && !holdsMainContent(element, pageText)) {
        chrome.add(element);
      }
    }
    chrome.forEach(Element::remove);
  }

  private static boolean namesChrome(String classOrId) {
    if (classOrId.isEmpty()) {
      return false;
    }
    for (String word : WORD_BREAK.split(classOrId)) {
      if (CHROME_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Guards against class names such as {@code has-sidebar} on the element that wraps the whole
   * story: chrome never holds an article, the main element, or most of the page's paragraphs.
   */
  private static boolean holdsMainContent(Element element, int pageText) {
    if (!element.select("article, main, [role=main]").isEmpty()) {
      return true;
    }
    return pageText > 0 && paragraphText(element) * 2 > pageText;
  }

  private static int paragraphText(Element root) {
    int length = 0;
    if (root != null) {
      for (Element p : root.select("p")) {
        length += p.text().length();
      }
    }
    return length;
  }

  private static Element container(Document page) {
    Element best = null;
    int bestLength = -1;
    for (Element article : page.select("article")) {
      int length = article.text().length();
      if (length > bestLength) {
        best = article;
        bestLength = length;
      }
    }
    if (best != null) {
      return best;
    }
    Element main = page.selectFirst("main, [role=main]");
    if (main != null) {
      return main;
    }
    return page.body() != null ? page.body() : page;
  }

  private static String mainText(Element container) {
    String text = blocks(container, false);
    return text.isEmpty() ? blocks(container, true) : text;
  }

  /**
   * The paragraphs of the content blocks under {@code root}; with {@code anyBlock} also the text of
   * the other block elements, for pages that keep their text in divs.
   */
  private static String blocks(Element root, boolean anyBlock) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeVisitor visitor =
        new NodeVisitor() {
          private int depth;

          @Override
          public void head(Node node, int level) {
            if (node instanceof TextNode text) {
              if (depth > 0 || anyBlock) {
                // Line breaks in the markup are layout, not text: only <br> breaks a line.
                current.append(text.getWholeText().replace('\n', ' ').replace('\r', ' '));
              }
            } else if (node instanceof Element element) {
              if (element.normalName().equals("br")) {
                current.append('\n');
              } else if (isBlock(element)) {
                flush(paragraphs, current);
                depth += CONTENT_BLOCKS.contains(element.normalName()) ? 1 : 0;
              }
            }
          }

          @Override
          public void tail(Node node, int level) {
            if (node instanceof Element element && isBlock(element)) {
              flush(paragraphs, current);
              depth -= CONTENT_BLOCKS.contains(element.normalName()) ? 1 : 0;
            }
          }

          private boolean isBlock(Element element) {
            String name = element.normalName();
            return CONTENT_BLOCKS.contains(name) || (anyBlock && OTHER_BLOCKS.contains(name));
          }
        };
    visitor.traverse(root);
    flush(paragraphs, current);
    return String.join("\n\n", paragraphs);
  }

  /** Ends the paragraph being built: whitespace collapsed, lines from {@code <br>} kept. */
  private static void flush(List<String> paragraphs, StringBuilder current) {
    if (current.length() == 0) {
      return;
    }
    List<String> lines = new ArrayList<>();
    for (String line : current.toString().split("\n", -1)) {
      String collapsed = line.replaceAll("[\\s\\u00a0]+", " ").strip();
      if (!collapsed.isEmpty()) {
        lines.add(collapsed);
      }
    }
    current.setLength(0);
    if (!lines.isEmpty()) {
      paragraphs.add(String.join("\n", lines));
    }
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
