package org.annalist.model;

/** What kind of thing an actor is. */
public enum ActorType {
  /** A state, its government or its people, coded by country (e.g. GEO, GEOGOV). */
  STATE,
  /** An international or regional organisation (e.g. IGOWSTNAT). */
  IGO,
  /** A person, coded by the office or organisation they act for. */
  PERSON,
  /** A non-state group (party, armed group, company, media outlet). */
  GROUP
}
