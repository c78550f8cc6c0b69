package io.ilana.testkit;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Supplies a {@link DialectsTest} with the databases it names. */
public final class SelectedDialectsProvider
    implements ArgumentsProvider, AnnotationConsumer<DialectsTest> {
  private List<String> dialects = List.of();

  @Override
  public void accept(DialectsTest annotation) {
    dialects = List.of(annotation.value());
  }

  @Override
  public Stream<? extends Arguments> provideArguments(
      ParameterDeclarations parameters, ExtensionContext context) {
    return TestDatabases.all().stream()
        .filter(database -> dialects.contains(database.dialect()))
        .map(Arguments::of);
  }
}
