/**
 * Annalist's immutable value types.
 *
 * <p>Every offset is a half-open {@link org.annalist.model.Span} into the <em>cleaned</em> text of
 * an article ({@link org.annalist.model.CleanText#text()}); {@link org.annalist.model.OffsetMap}
 * maps it back to the raw input. Records validate their arguments and never change after
 * construction; a stage returns a new value instead of mutating its input.
 */
package org.annalist.model;
