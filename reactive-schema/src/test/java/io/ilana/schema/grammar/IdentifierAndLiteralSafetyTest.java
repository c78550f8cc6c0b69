package io.ilana.schema.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidValueException;
import io.ilana.schema.Blueprint;
import io.ilana.schema.InvalidSchemaIdentifierException;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifierAndLiteralSafetyTest {

  @Test
  void aTableNameWithAQuoteIsRejected() {
    assertThatThrownBy(() -> new Blueprint("users\"; DROP TABLE x; --"))
        .isInstanceOf(InvalidSchemaIdentifierException.class)
        .hasMessage(
            "Invalid identifier 'users\"; DROP TABLE x; --': character '\"' at position 5 is not"
                + " allowed.");
  }

  @Test
  void aColumnNameWithWhitespaceIsRejected() {
    assertThatThrownBy(() -> new Blueprint("t").string("first name"))
        .isInstanceOf(InvalidSchemaIdentifierException.class)
        .hasMessage(
            "Invalid identifier 'first name': character U+0020 at position 5 is not allowed.");
  }

  @Test
  void aControlCharacterIsReportedPrintably() {
    assertThatThrownBy(() -> new Blueprint("t").string("a\u0000b"))
        .hasMessage(
            "Invalid identifier 'a\\u0000b': character U+0000 at position 1 is not allowed.");
  }

  @Test
  void backticksAndSemicolonsAreRejected() {
    assertThatThrownBy(() -> new Blueprint("t").index(java.util.List.of("a`b")))
        .isInstanceOf(InvalidSchemaIdentifierException.class);
    assertThatThrownBy(() -> new Blueprint("t").dropIndex("i;x"))
        .isInstanceOf(InvalidSchemaIdentifierException.class);
  }

  @Test
  void anOverlongNameIsRejected() {
    assertThatThrownBy(() -> new Blueprint("t").integer("x".repeat(65)))
        .hasMessageEndingWith("it is longer than 64 characters.");
  }

  @Test
  void onlySchemaDotTableIsAllowed() {
    assertThatThrownBy(() -> new Blueprint("a.b.c"))
        .hasMessage("Invalid identifier 'a.b.c': only schema.table is allowed.");
    assertThatThrownBy(() -> new Blueprint("a..b"))
        .hasMessage("Invalid identifier 'a..b': it has an empty part around a dot.");
  }

  @Test
  void stringLiteralsDoubleQuotesEverywhere() {
    assertThat(DdlSnapshots.H2.literals().render("a'b")).isEqualTo("'a''b'");
    assertThat(DdlSnapshots.POSTGRES.literals().render("a'b")).isEqualTo("'a''b'");
    assertThat(DdlSnapshots.MYSQL.literals().render("a'b")).isEqualTo("'a''b'");
  }

  @Test
  void backslashesCannotEscapeTheLiteralOnMysql() {
    assertThat(DdlSnapshots.MYSQL.literals().render("x\\' OR 1=1 -- "))
        .isEqualTo("'x\\\\'' OR 1=1 -- '");
  }

  @Test
  void backslashesUseAnEscapeStringOnPostgres() {
    assertThat(DdlSnapshots.POSTGRES.literals().render("C:\\dir")).isEqualTo("E'C:\\\\dir'");
  }

  @Test
  void semicolonsAreUnicodeEscapedOnH2BecauseItsDriverSplitsStatementsAtThem() {
    assertThat(DdlSnapshots.H2.literals().render("a;b\\c")).isEqualTo("U&'a\\003Bb\\\\c'");
    assertThat(DdlSnapshots.H2.literals().render("a\\c")).isEqualTo("'a\\c'");
  }

  @Test
  void nulCharactersAreRejectedInLiterals() {
    assertThatThrownBy(() -> DdlSnapshots.H2.literals().render("a\0b"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("An SQL string literal may not contain a NUL character.");
  }

  @Test
  void temporalAndUuidValuesBecomeQuotedStrings() {
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    assertThat(DdlSnapshots.H2.literals().render(id))
        .isEqualTo("'123e4567-e89b-12d3-a456-426614174000'");
    assertThat(DdlSnapshots.H2.literals().render(LocalDateTime.of(2024, 1, 2, 3, 4, 5)))
        .isEqualTo("'2024-01-02 03:04:05'");
  }

  @Test
  void booleansAreNumbersOnMysqlOnly() {
    assertThat(DdlSnapshots.MARIADB.literals().render(false)).isEqualTo("0");
    assertThat(DdlSnapshots.POSTGRES.literals().render(false)).isEqualTo("FALSE");
  }
}
