package org.annalist.pipeline.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Byte-level checks shared by the readers: blank, binary, gzip, strict UTF-8. */
final class TextBytes {
  /** How many leading bytes are looked at to decide whether an input is binary. */
  static final int BINARY_SAMPLE = 64 * 1024;

  private static final int UTF8_BOM_LENGTH = 3;

  private TextBytes() {}

  /** Whether the input starts with the gzip magic bytes {@code 1f 8b}. */
  static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** Whether the input has a UTF-8 byte order mark. */
  static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= UTF8_BOM_LENGTH
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf;
  }

  /** Whether the input holds nothing but ASCII whitespace (after an optional byte order mark). */
  static boolean isBlank(byte[] bytes) {
    for (int i = hasUtf8Bom(bytes) ? UTF8_BOM_LENGTH : 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the input looks binary: a NUL byte, or more than one control character in ten, among
   * its first {@link #BINARY_SAMPLE} bytes. Tab, line feed, form feed and carriage return are text.
   */
  static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, BINARY_SAMPLE);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        return true;
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        control++;
      }
    }
    return sample > 0 && control * 10L > sample;
  }

  /**
   * Decodes strict UTF-8, dropping a leading byte order mark.
   *
   * @throws BadInput {@code invalid UTF-8 at byte N}, N counted from 0 in the input
   */
  static String decodeUtf8(byte[] bytes) throws BadInput {
    int start = hasUtf8Bom(bytes) ? UTF8_BOM_LENGTH : 0;
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new BadInput("invalid UTF-8 at byte " + in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new BadInput("invalid UTF-8 at byte " + in.position());
    }
    out.flip();
    return out.toString();
  }
}
