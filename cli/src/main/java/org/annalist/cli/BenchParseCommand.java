package org.annalist.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.annalist.model.Actor;
import org.annalist.model.Event;
import org.annalist.model.EventMention;
import org.annalist.model.Extraction;
import org.annalist.model.Sentence;
import org.annalist.pipeline.Extractor;
import org.annalist.pipeline.PipelineResources;
import org.annalist.pipeline.RejectedArticleException;
import org.annalist.pipeline.nlp.NlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code annalist bench parse FILE...}: parsing only the sentences that can hold an event against
 * parsing every sentence, on the same articles in one run: time, the share of sentences parsed, and
 * how many events, event mentions, actors and quotations the selection keeps.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts each article twice on one thread, parsing every sentence and parsing only the"
          + " sentences that can hold an event, alternately so that machine noise hits both"
          + " alike: ms per article of each and their ratio, the share of sentences parsed, and"
          + " the events (source, target, code, modality, date), event mentions, actors and quotations"
          + " of the full parse that the selective one keeps. Rounds beyond the first are timed"
          + " again.",
      "The last line is events_kept=N."
    })
final class BenchParseCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Mixin BenchCommand.Runs run = new BenchCommand.Runs();

  @Override
  public Integer call() {
    List<org.annalist.model.Article> articles = run.articles(spec);
    PipelineResources resources = PipelineResources.load(NlpConfig.defaults());
    Extractor full = resources.extractor(true, true);
    Extractor selective = resources.extractor(true, false);
    Kept events = new Kept();
    Kept mentions = new Kept();
    Kept actors = new Kept();
    Kept quotes = new Kept();
    long sentences = 0;
    long parsed = 0;
    double fullMs = 0;
    double selectiveMs = 0;
    int coded = 0;
    List<String> lost = new java.util.ArrayList<>();
    for (int round = 0; round < Math.max(2, Math.min(run.rounds, 3)); round++) {
      fullMs = 0;
      selectiveMs = 0;
      for (org.annalist.model.Article a : articles) {
        Extraction f;
        Extraction s;
        try {
          long t0 = System.nanoTime();
          f = full.extract(a);
          long t1 = System.nanoTime();
          s = selective.extract(a);
          fullMs += (t1 - t0) / 1e6;
          selectiveMs += (System.nanoTime() - t1) / 1e6;
        } catch (RejectedArticleException e) {
          continue;
        }
        if (round > 0) {
          continue;
        }
        coded++;
        sentences += f.doc().sentences().size();
        parsed += s.doc().sentences().stream().filter(Sentence::parsed).count();
        Set<String> fe = events(f);
        Set<String> se = events(s);
        events.add(fe, se);
        mentions.add(mentions(f), mentions(s));
        actors.add(actors(f), actors(s));
        quotes.add(quotes(f), quotes(s));
        for (String e : fe) {
          if (!se.contains(e) && lost.size() < 20) {
            lost.add(a.id() + " " + e);
          }
        }
      }
    }
    if (coded == 0) {
      spec.commandLine().getErr().println("annalist: no articles to benchmark");
      return ExitCodes.FAILED;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "articles=%d sentences=%d parsed=%d (%.3f of sentences)%n",
        coded,
        sentences,
        parsed,
        parsed / (double) sentences);
    out.printf(
        Locale.ROOT,
        "every sentence parsed: %.1f ms/article; event sentences only: %.1f ms/article;"
            + " ratio %.3f (last round, one thread)%n",
        fullMs / coded,
        selectiveMs / coded,
        selectiveMs / fullMs);
    out.printf(Locale.ROOT, "%-10s %8s %10s %8s%n", "", "all", "selective", "kept");
    events.print(out, "events");
    mentions.print(out, "mentions");
    actors.print(out, "actors");
    quotes.print(out, "quotations");
    for (String l : lost) {
      out.println("lost: " + l);
    }
    out.printf(Locale.ROOT, "events_kept=%.4f%n", events.share());
    return ExitCodes.OK;
  }

  /** How many items the full parse found, the selective one found, and of the first, both. */
  private static final class Kept {
    long all;
    long some;
    long kept;

    void add(Set<String> full, Set<String> selective) {
      all += full.size();
      some += selective.size();
      kept += full.stream().filter(selective::contains).count();
    }

    double share() {
      return all == 0 ? 1.0 : kept / (double) all;
    }

    void print(PrintWriter out, String name) {
      out.printf(Locale.ROOT, "%-10s %8d %10d %8d (%.3f)%n", name, all, some, kept, share());
    }
  }

  private static Set<String> events(Extraction x) {
    Map<String, String> codes = new HashMap<>();
    x.actors().forEach(a -> codes.put(a.id(), a.code()));
    Set<String> out = new HashSet<>();
    for (Event e : x.events()) {
      out.add(
          codes.get(e.source())
              + " "
              + codes.get(e.target())
              + " "
              + e.code().code()
              + " "
              + e.modality()
              + " "
              + e.date());
    }
    return out;
  }

  private static Set<String> mentions(Extraction x) {
    Set<String> out = new HashSet<>();
    for (Event e : x.events()) {
      for (EventMention m : e.mentions()) {
        out.add(e.code().code() + "@" + m.action().start());
      }
    }
    return out;
  }

  private static Set<String> actors(Extraction x) {
    Set<String> out = new HashSet<>();
    for (Actor a : x.actors()) {
      out.add(a.code() + " " + a.name());
    }
    return out;
  }

  private static Set<String> quotes(Extraction x) {
    Set<String> out = new HashSet<>();
    if (x.enrichment() != null) {
      x.enrichment().quotations().forEach(q -> out.add(q.span().toString()));
    }
    return out;
  }
}
