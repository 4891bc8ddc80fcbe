package org.annalist.model;

import java.util.Objects;

/**
 * One CAMEO event code.
 *
 * @param code two to four digits, e.g. {@code 0256}
 * @param name its name in the CAMEO manual
 * @param goldstein Goldstein scale value, -10 to +10
 */
public record CameoCode(String code, String name, double goldstein) {
  public CameoCode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (!code.matches("\\d{2,4}")) {
      throw new IllegalArgumentException("not a CAMEO event code: " + code);
    }
    if (goldstein < -10 || goldstein > 10) {
      throw new IllegalArgumentException("Goldstein value out of range for " + code);
    }
  }

  /** The two-digit root, e.g. {@code 02}. */
  public String root() {
    return code.substring(0, 2);
  }

  /** The three-digit base code, or the root for a two-digit code. */
  public String base() {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  /**
   * GDELT's QuadClass of the code's root, or null for a code outside the roots 01 to 20 that a
   * team's dictionary defines ({@link CameoCodebook#withExtensions}).
   */
  public QuadClass quadClass() {
    int root = Integer.parseInt(root());
    return root >= 1 && root <= 20 ? QuadClass.ofRoot(root) : null;
  }

  /** Whether the code's root is one of CAMEO's twenty (01 to 20). */
  public boolean cameoRoot() {
    int root = Integer.parseInt(root());
    return root >= 1 && root <= 20;
  }
}
