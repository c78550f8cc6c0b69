package io.ilana.cli.generate;

import io.ilana.cli.CliContext;
import io.ilana.cli.CliException;
import io.ilana.cli.Project;
import io.ilana.cli.ProjectFiles;
import io.ilana.config.IlanaConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans generated source files and writes them all or none: when any target exists, nothing is
 * written and the message names it. Targets and packages come from the configuration ({@code
 * models}, {@code migrations}, {@code seeds}, {@code factories}, {@code observers}, {@code casts}).
 */
public final class Generator {
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  /** The kinds of source a project has, as {@code ilana.yml} names their sections. */
  public enum Kind {
    /** Models ({@code models}). */
    MODELS("models"),
    /** Migrations ({@code migrations}). */
    MIGRATIONS("migrations"),
    /** Seeders ({@code seeds}). */
    SEEDERS("seeds"),
    /** Factories ({@code factories}). */
    FACTORIES("factories"),
    /** Observers ({@code observers}). */
    OBSERVERS("observers"),
    /** Casts ({@code casts}). */
    CASTS("casts");

    private final String key;

    Kind(String key) {
      this.key = key;
    }
  }

  private record Planned(Path file, String content) {}

  private final CliContext context;
  private final Project project;
  private final Stubs stubs;
  private final Clock clock;
  private final List<Planned> planned = new ArrayList<>();

  /** A generator for the project, stamping migrations with the clock's UTC time. */
  public Generator(CliContext context, Project project, Clock clock) {
    this.context = context;
    this.project = project;
    this.stubs = new Stubs(project.directory(), project.config().generators().stubs());
    this.clock = clock;
  }

  /** The package sources of a kind are generated in. */
  public String packageOf(Kind kind) {
    IlanaConfig config = project.config();
    String name =
        switch (kind) {
          case MODELS -> config.generators().models().packageName();
          case MIGRATIONS -> config.migrations().packageName();
          case SEEDERS -> config.seeds().packageName();
          case FACTORIES -> config.generators().factories().packageName();
          case OBSERVERS -> config.generators().observers().packageName();
          case CASTS -> config.generators().casts().packageName();
        };
    if (name == null || name.isBlank()) {
      throw new CliException(
          kind.key
              + ".package is not set in the configuration, and generated classes need a package;"
              + " run 'ilana setup' or set it.");
    }
    return name;
  }

  private Path directoryOf(Kind kind) {
    IlanaConfig config = project.config();
    String directory =
        switch (kind) {
          case MODELS -> config.generators().models().directory();
          case MIGRATIONS -> config.migrations().directory();
          case SEEDERS -> config.seeds().directory();
          case FACTORIES -> config.generators().factories().directory();
          case OBSERVERS -> config.generators().observers().directory();
          case CASTS -> config.generators().casts().directory();
        };
    return project.directory().resolve(directory).normalize();
  }

  /**
   * Plans a class of a kind from a template.
   *
   * @param values placeholders besides {@code package} and {@code class}
   * @return the file it will be written to
   */
  public Path plan(Kind kind, String className, String stub, Map<String, String> values) {
    Map<String, String> all = new LinkedHashMap<>(values);
    all.put("package", packageOf(kind));
    all.put("class", className);
    Path file = directoryOf(kind).resolve(className + ".java");
    planned.add(new Planned(file, stubs.render(stub, all)));
    return file;
  }

  /**
   * Plans a migration: class {@code M<UTC timestamp>_<Description>}, named {@code
   * <timestamp>_<description>}.
   *
   * @return the migration's name
   */
  public String planMigration(String description, String stub, Map<String, String> values) {
    String timestamp = TIMESTAMP.format(clock.instant());
    String name = timestamp + "_" + description;
    Map<String, String> all = new LinkedHashMap<>(values);
    all.put("name", name);
    plan(Kind.MIGRATIONS, "M" + timestamp + "_" + Names.studly(description), stub, all);
    return name;
  }

  /** Writes every planned file, or none when one of them exists already. */
  public void write() {
    ProjectFiles files = new ProjectFiles(context);
    for (Planned file : planned) {
      if (Files.exists(file.file())) {
        throw new CliException(files.shown(file.file()) + " already exists; nothing was written.");
      }
    }
    for (Planned file : planned) {
      files.create(file.file(), file.content());
    }
    planned.clear();
  }
}
