package org.annalist.pipeline.petrarch;

/**
 * One content line of a dictionary file, with comments removed.
 *
 * @param number 1-based line number in the file
 * @param text the content, right-trimmed, leading whitespace kept (actor files give it meaning)
 * @param comment the text of a trailing {@code #} comment, trimmed, or "" when there is none
 */
record DictionaryLine(int number, String text, String comment) {}
