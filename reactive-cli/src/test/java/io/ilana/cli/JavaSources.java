package io.ilana.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a generated project's sources against the test class path, as its build would. */
public final class JavaSources {
  private JavaSources() {}

  /**
   * Compiles the {@code .java} files under {@code root} that {@code include} accepts into {@code
   * out}, with the project's own compiler settings (every lint warning an error).
   *
   * @return the compiler's diagnostics; empty when it compiled cleanly
   */
  public static String compile(Path root, Path out, Predicate<Path> include) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(root)) {
      sources = walk.filter(p -> p.toString().endsWith(".java")).filter(include).toList();
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringWriter diagnostics = new StringWriter();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "-Xlint:all,-processing,-serial",
              "-Werror",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              out.toString());
      Boolean ok =
          compiler
              .getTask(
                  diagnostics,
                  files,
                  null,
                  options,
                  null,
                  files.getJavaFileObjectsFromPaths(sources))
              .call();
      return Boolean.TRUE.equals(ok) ? "" : "compilation failed\n" + diagnostics;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A class loader over compiled classes, beside the test class path. */
  public static URLClassLoader loader(Path classes) {
    try {
      return new URLClassLoader(
          new URL[] {classes.toUri().toURL()}, JavaSources.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
