package org.annalist.model;

/** Coarse named-entity types. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC;

  /** The type for a CoreNLP coarse tag, or null when the tag names no entity type here. */
  public static EntityType fromTag(String tag) {
    return switch (tag) {
      case "PERSON" -> PERSON;
      case "ORGANIZATION" -> ORGANIZATION;
      case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> LOCATION;
      case "MISC", "NATIONALITY" -> MISC;
      default -> null;
    };
  }
}
