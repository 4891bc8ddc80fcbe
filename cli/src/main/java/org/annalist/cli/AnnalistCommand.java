package org.annalist.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; its subcommands do the work. */
@Command(
    name = "annalist",
    mixinStandardHelpOptions = true,
    versionProvider = AnnalistCommand.Version.class,
    description = "Turns news articles into structured, evidence-backed event data.",
    subcommands = {
      ExtractCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      EventsCommand.class,
      SqlCommand.class,
      StatsCommand.class,
      ExportCommand.class,
      RejectedCommand.class,
      RecodeCommand.class,
      EvalCommand.class,
      DictCommand.class,
      ActorsCommand.class,
      BenchCommand.class,
      ServeCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class AnnalistCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** A command line with Annalist's error handling: one-line messages, documented exit codes. */
  public static CommandLine commandLine() {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** The same, writing to the given streams (for tests). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new AnnalistCommand());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.FAILED);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println("annalist: " + ex.getMessage());
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
          c.getErr().println("annalist: " + msg.lines().findFirst().orElse(msg));
          return ExitCodes.FAILED;
        });
    return cl;
  }

  /** The version from the jar manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = AnnalistCommand.class.getPackage().getImplementationVersion();
      return new String[] {"annalist " + (v == null ? "development build" : v)};
    }
  }
}
