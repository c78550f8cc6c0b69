package io.ilana.error;

/**
 * Quotes rejected input for messages. Control and format characters (NUL, RTL override) are shown
 * as escapes so a hostile name cannot rewrite the log line that reports it.
 */
final class Printable {
  private Printable() {}

  static String quote(String input) {
    if (input == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(input.length() + 2).append('"');
    input
        .codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              boolean hidden =
                  Character.isISOControl(cp)
                      || type == Character.FORMAT
                      || type == Character.LINE_SEPARATOR
                      || type == Character.PARAGRAPH_SEPARATOR;
              if (hidden) {
                out.append(String.format("\\u%04X", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.append('"').toString();
  }
}
