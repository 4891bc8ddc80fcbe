/**
 * Readable explanations of coded events, for {@code annalist extract --explain} and {@code annalist
 * dict test}. The JSON output carries the same facts; this package only renders them.
 */
package org.annalist.pipeline.explain;
