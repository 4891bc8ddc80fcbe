package org.annalist.pipeline.eval.geo;

import java.util.Locale;

/**
 * The toponym types of GeoWebNews, from the pragmatic taxonomy of Gritta, Pilehvar and Collier, "A
 * Pragmatic Guide to Geoparsing Evaluation" (Language Resources and Evaluation 54, 2020), Table 1.
 * The paper splits place names by what the noun phrase says and what its context makes of it into
 * five <em>literal</em> types (the place itself is meant) and six <em>associative</em> types (the
 * place is named for something tied to it: its people, government, team, language). Both groups are
 * toponyms and count for recognition; the annotators also marked three kinds of span that are not
 * toponyms, which this evaluation leaves out of the gold.
 *
 * <table>
 *   <caption>How each type is treated</caption>
 *   <tr><th>type (label in the file)</th><th>group</th><th>gold toponym</th></tr>
 *   <tr><td>{@code Literal}</td><td>literal</td><td>yes</td></tr>
 *   <tr><td>{@code Literal_Modifier}</td><td>literal</td><td>yes</td></tr>
 *   <tr><td>{@code Mixed}</td><td>literal</td><td>yes</td></tr>
 *   <tr><td>{@code Coercion}</td><td>literal</td><td>yes</td></tr>
 *   <tr><td>{@code Embedded_Literal}</td><td>literal</td><td>yes</td></tr>
 *   <tr><td>{@code Metonymic}</td><td>associative</td><td>yes</td></tr>
 *   <tr><td>{@code Non_Literal_Modifier}</td><td>associative</td><td>yes</td></tr>
 *   <tr><td>{@code Embedded_Non_Lit}</td><td>associative</td><td>yes</td></tr>
 *   <tr><td>{@code Demonym}</td><td>associative</td><td>yes</td></tr>
 *   <tr><td>{@code Language}</td><td>associative</td><td>yes</td></tr>
 *   <tr><td>{@code Homonym}</td><td>associative</td><td>yes</td></tr>
 *   <tr><td>{@code Non_Toponym}</td><td>none</td><td>no</td></tr>
 *   <tr><td>{@code Literal_Expression}</td><td>none</td><td>no</td></tr>
 *   <tr><td>{@code Non_Lit_Expression}</td><td>none</td><td>no</td></tr>
 * </table>
 *
 * <p>Every gold toponym counts for recognition (precision, recall, F1) whatever its group; it
 * counts for resolution only when the annotators gave it coordinates, which in GeoWebNews they did
 * for every type but demonyms, languages and homonyms.
 */
public enum ToponymType {
  /** The place itself: "flooding in Lowmoor". */
  LITERAL("Literal", Group.LITERAL),
  /** A place name modifying a noun that is in that place: "the Lowmoor bridge". */
  LITERAL_MODIFIER("Literal_Modifier", Group.LITERAL),
  /** A modifier that may be read literally or associatively: "Lowmoor shops". */
  MIXED("Mixed", Group.LITERAL),
  /** A name that is not a place name, used for a place: "they met at Harlow Arena". */
  COERCION("Coercion", Group.LITERAL),
  /** A place name inside a larger name, meant literally: "Lowmoor" in "Lowmoor Town Hall". */
  EMBEDDED_LITERAL("Embedded_Literal", Group.LITERAL),
  /** A place name standing for something tied to it: "Lowmoor voted against the plan". */
  METONYMIC("Metonymic", Group.ASSOCIATIVE),
  /** A modifier for something tied to the place, not in it: "the Lowmoor delegation". */
  NON_LITERAL_MODIFIER("Non_Literal_Modifier", Group.ASSOCIATIVE),
  /** A place name inside a larger name, not meant literally: "Lowmoor" in "Lowmoor United". */
  EMBEDDED_NON_LITERAL("Embedded_Non_Lit", Group.ASSOCIATIVE),
  /** A word for the people of a place: "the Freedonians". */
  DEMONYM("Demonym", Group.ASSOCIATIVE),
  /** A language named after a place: "a Freedonian translation". */
  LANGUAGE("Language", Group.ASSOCIATIVE),
  /** A place name used as the name of something else, such as a person. */
  HOMONYM("Homonym", Group.ASSOCIATIVE),
  /** A name that contains a place name but is not one, e.g. of a company; not a toponym. */
  NON_TOPONYM("Non_Toponym", Group.NONE),
  /** A common noun for a place ("the town", "the river"); not a toponym. */
  LITERAL_EXPRESSION("Literal_Expression", Group.NONE),
  /** A common noun used associatively ("the town decided"); not a toponym. */
  NON_LITERAL_EXPRESSION("Non_Lit_Expression", Group.NONE);

  /** The two groups of toponyms, and the spans that are none. */
  public enum Group {
    /** The place itself is meant. */
    LITERAL,
    /** Something tied to the place is meant. */
    ASSOCIATIVE,
    /** Not a toponym. */
    NONE
  }

  private final String label;
  private final Group group;

  ToponymType(String label, Group group) {
    this.label = label;
    this.group = group;
  }

  /** The label used in GeoWebNews files, e.g. {@code Embedded_Non_Lit}. */
  public String label() {
    return label;
  }

  /** The group of the type. */
  public Group group() {
    return group;
  }

  /** Whether spans of this type are gold toponyms: literal and associative ones are. */
  public boolean isToponym() {
    return group != Group.NONE;
  }

  /**
   * The type with this GeoWebNews label, compared without regard to case.
   *
   * @throws IllegalArgumentException when no type has the label
   */
  public static ToponymType fromLabel(String label) {
    String wanted = label == null ? "" : label.strip().toLowerCase(Locale.ROOT);
    for (ToponymType type : values()) {
      if (type.label.toLowerCase(Locale.ROOT).equals(wanted)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown toponym type \"" + label + "\"");
  }
}
