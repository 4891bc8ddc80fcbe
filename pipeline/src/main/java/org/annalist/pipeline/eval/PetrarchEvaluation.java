package org.annalist.pipeline.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.annalist.model.Article;
import org.annalist.model.Event;
import org.annalist.model.Extraction;
import org.annalist.model.Modality;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.RejectedArticleException;

/**
 * Codes the text of PETRARCH validation records and compares with the expected codings: a record
 * passes when the set of (source, target, code) triples we code equals the expected set; a record
 * that expects none (noevents, or an expected error such as a story discard) passes when we code
 * none. A record's sentence is read from its parse when the evaluation uses the given parses and
 * the record has one (a Penn Treebank tree, converted to dependencies, or CoNLL-U dependencies,
 * enhanced), otherwise parsed again from its text; either way it is coded through the same
 * extraction as {@code annalist extract}. Our triples are those of the events that are asserted or
 * announced (future), as PETRARCH codes both; negated and hypothetical events are not codings.
 */
public final class PetrarchEvaluation {
  private final Extractor extractor;
  private final boolean givenParses;

  /** An evaluation that parses every record's text again. */
  public PetrarchEvaluation(Extractor extractor) {
    this(extractor, false);
  }

  /**
   * An evaluation that reads the records' own Penn Treebank parses when {@code givenParses} is set,
   * and parses the text again otherwise (or when a record has no parse).
   */
  public PetrarchEvaluation(Extractor extractor, boolean givenParses) {
    this.extractor = extractor;
    this.givenParses = givenParses;
  }

  /** One record's outcome. */
  public record Outcome(
      String id,
      String category,
      boolean passed,
      List<PetrarchRecord.Coding> expected,
      List<PetrarchRecord.Coding> coded,
      String text) {}

  /** Records and passes of one category. */
  public record Tally(int records, int passed) {
    double rate() {
      return records == 0 ? 0 : passed / (double) records;
    }
  }

  /** The whole report. */
  public record Report(
      int records, int passed, Map<String, Tally> categories, List<Outcome> outcomes) {

    public double passRate() {
      return records == 0 ? 0 : passed / (double) records;
    }

    /**
     * The report as text, with every failing record (id, category, expected and coded triples, the
     * sentence) first when {@code errors} is set; the last line is {@code pass_rate=0.xxxx}.
     */
    public String format(boolean errors) {
      StringBuilder b = new StringBuilder();
      if (errors) {
        for (Outcome o : outcomes) {
          if (!o.passed()) {
            b.append(
                String.format(
                    Locale.ROOT,
                    "FAIL %s [%s] expected %s coded %s: %s%n",
                    o.id(),
                    o.category(),
                    o.expected().isEmpty() ? "none" : o.expected(),
                    o.coded().isEmpty() ? "none" : o.coded(),
                    o.text()));
          }
        }
      }
      b.append(String.format(Locale.ROOT, "records  %d%npassed   %d%n", records, passed));
      b.append("category           records  passed  rate\n");
      for (Map.Entry<String, Tally> e : categories.entrySet()) {
        b.append(
            String.format(
                Locale.ROOT,
                "%-18s %7d %7d  %.4f%n",
                e.getKey(),
                e.getValue().records(),
                e.getValue().passed(),
                e.getValue().rate()));
      }
      b.append(String.format(Locale.ROOT, "pass_rate=%.4f%n", passRate()));
      return b.toString();
    }

    /** The report as one JSON object. */
    public String toJson() {
      ObjectMapper m = new ObjectMapper();
      ObjectNode o = m.createObjectNode();
      o.put("records", records);
      o.put("passed", passed);
      o.put("pass_rate", passRate());
      ObjectNode cats = o.putObject("categories");
      categories.forEach(
          (k, v) -> {
            ObjectNode c = cats.putObject(k);
            c.put("records", v.records());
            c.put("passed", v.passed());
            c.put("pass_rate", v.rate());
          });
      ArrayNode failed = o.putArray("failed");
      for (Outcome x : outcomes) {
        if (!x.passed()) {
          ObjectNode f = failed.addObject();
          f.put("id", x.id());
          f.put("category", x.category());
          f.put("expected", x.expected().toString());
          f.put("coded", x.coded().toString());
        }
      }
      return o.toString();
    }
  }

  /** Codes every record and scores it. */
  public Report run(List<PetrarchRecord> records) {
    List<Outcome> outcomes = new ArrayList<>();
    Map<String, int[]> cats = new TreeMap<>();
    int passed = 0;
    for (PetrarchRecord r : records) {
      List<PetrarchRecord.Coding> coded = code(r);
      boolean ok = Set.copyOf(coded).equals(r.expected());
      if (ok) {
        passed++;
      }
      int[] t = cats.computeIfAbsent(r.category(), k -> new int[2]);
      t[0]++;
      t[1] += ok ? 1 : 0;
      outcomes.add(new Outcome(r.id(), r.category(), ok, r.sortedExpected(), coded, r.text()));
    }
    Map<String, Tally> categories = new TreeMap<>();
    cats.forEach((k, v) -> categories.put(k, new Tally(v[0], v[1])));
    return new Report(records.size(), passed, categories, outcomes);
  }

  /** Our codings of a record's sentence, in text order, each once. */
  List<PetrarchRecord.Coding> code(PetrarchRecord r) {
    Article a =
        new Article(
            r.id(),
            null,
            null,
            null,
            r.date(),
            Article.DateOrigin.SOURCE,
            r.text(),
            "petrarch",
            r.id());
    Extraction x;
    try {
      x =
          !givenParses || r.parse() == null
              ? extractor.extract(a)
              : r.parse().startsWith("(")
                  ? extractor.code(extractor.annotateParsed(a, List.of(r.parse())))
                  : extractor.code(extractor.annotateConllu(a, r.parse()));
    } catch (RejectedArticleException e) {
      return List.of();
    }
    Set<PetrarchRecord.Coding> out = new LinkedHashSet<>();
    for (Event e : x.events()) {
      if (e.modality() != Modality.ASSERTED && e.modality() != Modality.FUTURE) {
        continue;
      }
      out.add(
          new PetrarchRecord.Coding(
              orNone(e.sourceCode()), orNone(e.targetCode()), e.code().code()));
    }
    return List.copyOf(out);
  }

  private static String orNone(String code) {
    return code == null ? "---" : code;
  }
}
