package io.ilana.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes files into the project without ever replacing one: a file that exists is left as it is and
 * reported, so running a generator or {@code setup} twice is harmless.
 */
public final class ProjectFiles {
  private final CliContext context;

  /** Files of the run's project. */
  public ProjectFiles(CliContext context) {
    this.context = context;
  }

  /**
   * Creates {@code path} (relative to the project) with {@code content}, and its parent folders;
   * prints what happened.
   *
   * @return whether the file was created (false: it existed and was left alone)
   */
  public boolean create(Path path, String content) {
    Path file = context.workingDirectory().resolve(path).normalize();
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      context.out().println(context.style("@|yellow Exists|@  " + shown(file) + " (left as is)"));
      return false;
    } catch (IOException e) {
      throw cannotWrite(file, e);
    }
    context.out().println(context.style("@|green Created|@ " + shown(file)));
    return true;
  }

  /** Creates a folder (relative to the project) and its parents; prints it when it is new. */
  public void folder(Path path) {
    Path folder = context.workingDirectory().resolve(path).normalize();
    if (Files.isDirectory(folder)) {
      return;
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw cannotWrite(folder, e);
    }
    context.out().println(context.style("@|green Created|@ " + shown(folder) + "/"));
  }

  private CliException cannotWrite(Path path, IOException e) {
    return new CliException(
        "Cannot write " + shown(path) + ": " + e.getClass().getSimpleName() + " " + e.getMessage(),
        e);
  }

  /** A path as printed: relative to the project when inside it, with forward slashes. */
  public String shown(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path shown =
        absolute.startsWith(context.workingDirectory())
            ? context.workingDirectory().relativize(absolute)
            : absolute;
    return shown.toString().replace('\\', '/');
  }
}
