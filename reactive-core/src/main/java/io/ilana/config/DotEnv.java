package io.ilana.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a {@code .env} file: {@code KEY=value} lines, optionally prefixed by {@code export}, with
 * {@code #} comments, blank lines and single- or double-quoted values.
 */
final class DotEnv {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

  private DotEnv() {}

  /** The variables in the file, or none when the file does not exist. */
  static Map<String, String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw ConfigErrors.whole(
          file.toString(), "cannot read the file (" + e.getClass().getSimpleName() + ").");
    }
  }

  /** The variables in the text; {@code source} names it in messages. */
  static Map<String, String> parse(String text, String source) {
    Map<String, String> values = new LinkedHashMap<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("export ")) {
        line = line.substring("export ".length()).strip();
      }
      int equals = line.indexOf('=');
      String name = equals < 0 ? "" : line.substring(0, equals).strip();
      if (!NAME.matcher(name).matches()) {
        // The line itself is not quoted: it may hold a secret.
        throw ConfigErrors.at(source, "line " + (i + 1), "expected KEY=value.");
      }
      values.put(name, value(line.substring(equals + 1).strip(), source, i + 1));
    }
    return values;
  }

  private static String value(String raw, String source, int line) {
    if (raw.startsWith("\"") || raw.startsWith("'")) {
      char quote = raw.charAt(0);
      int end = raw.indexOf(quote, 1);
      while (quote == '"' && end > 0 && raw.charAt(end - 1) == '\\') {
        end = raw.indexOf(quote, end + 1);
      }
      if (end < 0) {
        throw ConfigErrors.at(source, "line " + line, "missing closing " + quote + " quote.");
      }
      String inner = raw.substring(1, end);
      return quote == '"' ? unescape(inner) : inner;
    }
    int comment = raw.indexOf(" #");
    return comment < 0 ? raw : raw.substring(0, comment).strip();
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' ? '\n' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
