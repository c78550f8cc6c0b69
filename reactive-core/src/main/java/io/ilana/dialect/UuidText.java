package io.ilana.dialect;

/** Recognises the canonical text of a UUID ({@code 8-4-4-4-12} hexadecimal digits). */
final class UuidText {
  private UuidText() {}

  /** Whether {@code text} is 36 characters of hexadecimal digits with hyphens at 8, 13, 18, 23. */
  static boolean looksLikeUuid(String text) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean hyphen = i == 8 || i == 13 || i == 18 || i == 23;
      if (hyphen ? c != '-' : Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
