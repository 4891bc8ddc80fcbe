package org.annalist.cli;

/** The {@code annalist} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(AnnalistCommand.commandLine().execute(args));
  }
}
