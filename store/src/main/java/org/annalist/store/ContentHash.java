package org.annalist.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The identity of stored articles: a hash of their content. */
public final class ContentHash {
  /** Hex digits kept: 128 bits. */
  public static final int HEX_DIGITS = 32;

  private ContentHash() {}

  /** The first 32 hex digits of the SHA-256 of {@code text}'s UTF-8 bytes. */
  public static String of(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)))
          .substring(0, HEX_DIGITS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
