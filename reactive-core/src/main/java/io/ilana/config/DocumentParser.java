package io.ilana.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Parses configuration text (YAML, or JSON) into a tree, with syntax errors located by line. */
final class DocumentParser {
  // Duplicate keys are rejected: with two values for one key, one would be silently lost.
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("^Unrecognized token '[^']*'");

  private DocumentParser() {}

  /**
   * The tree of the text.
   *
   * @param text the document
   * @param source the file or name, for messages
   * @param json whether to read it as JSON rather than YAML
   */
  static JsonNode parse(String text, String source, boolean json) {
    try {
      return (json ? JSON : YAML).readTree(text);
    } catch (JsonProcessingException e) {
      throw syntaxError(source, json ? "JSON" : "YAML", e);
    }
  }

  private static RuntimeException syntaxError(
      String source, String format, JsonProcessingException e) {
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      // SnakeYAML knows where the problem is; Jackson reports where the enclosing node began.
      Mark mark = yaml.getProblemMark();
      return located(source, mark.getLine() + 1, mark.getColumn() + 1, format, yaml.getProblem());
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? -1 : location.getLineNr();
    int column = location == null ? -1 : location.getColumnNr();
    return located(source, line, column, format, e.getOriginalMessage());
  }

  private static RuntimeException located(
      String source, int line, int column, String format, String message) {
    // Only the first line of the parser's message: the rest quotes the file, which may hold
    // secrets.
    String problem = message == null ? "" : message.lines().findFirst().orElse("").strip();
    // Jackson quotes an unquoted bad value whole, and that value may be a password.
    problem = UNRECOGNIZED_TOKEN.matcher(problem).replaceFirst("Unrecognized token");
    String where = line < 1 ? "syntax error" : "line " + line + ", column " + column;
    return ConfigErrors.at(source, where, "invalid " + format + ": " + problem + ".");
  }
}
