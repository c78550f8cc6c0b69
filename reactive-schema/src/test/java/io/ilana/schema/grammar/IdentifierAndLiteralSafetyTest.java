package io.ilana.schema.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidIdentifierException;
import io.ilana.error.InvalidValueException;
import io.ilana.schema.Blueprint;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdentifierAndLiteralSafetyTest {

  @Test
  void aTableNameWithAQuoteIsRejected() {
    assertThatThrownBy(() -> new Blueprint("users\"; DROP TABLE x; --"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid table name \"users\"; DROP TABLE x; --\" in Blueprint().");
  }

  @Test
  void aColumnNameWithWhitespaceIsRejectedNamingTheMethod() {
    assertThatThrownBy(() -> new Blueprint("t").string("first name"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"first name\" in string().");
  }

  @Test
  void aControlCharacterIsReportedPrintably() {
    assertThatThrownBy(() -> new Blueprint("t").integer("a\u0000b"))
        .hasMessage("Invalid column name \"a\\u0000b\" in integer().");
  }

  @Test
  void aBadColumnOfAnIndexIsReportedAsAColumnNotAsTheGeneratedIndexName() {
    assertThatThrownBy(() -> new Blueprint("t").index(List.of("a`b")))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"a`b\" in index().");
  }

  @Test
  void aBadIndexNameIsReportedAsAnIndex() {
    assertThatThrownBy(() -> new Blueprint("t").dropIndex("i;x"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid index name \"i;x\" in dropIndex().");
  }

  @Test
  void aDollarSignIsRefusedAsTheQueryBuilderRefusesIt() {
    assertThatThrownBy(() -> new Blueprint("t").string("price$"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"price$\" in string().");
  }

  @Test
  void aModifierLetterApostropheIsRefusedAsALookAlike() {
    assertThatThrownBy(() -> new Blueprint("o\u02BCbrien"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid table name \"o\u02BCbrien\" in Blueprint().");
  }

  @Test
  void fullwidthLettersAreRefusedAsLookAlikes() {
    assertThatThrownBy(() -> new Blueprint("t").foreign("\uFF41dmin_id"))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"\uFF41dmin_id\" in foreign().");
  }

  @Test
  void theLengthLimitIsTheDatabasesNotSixtyFourEverywhere() {
    String name = "x".repeat(200);
    assertThat(DdlSnapshots.H2.compileCreate(blueprint(name)))
        .containsExactly("CREATE TABLE \"t\" (\"" + name + "\" INTEGER)");
    assertThatThrownBy(() -> DdlSnapshots.MARIADB.compileCreate(blueprint(name)))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage(
            "The name \""
                + name
                + "\" is 200 characters long; the mariadb database allows at most 64 characters in"
                + " a name.");
  }

  @Test
  void onlySchemaDotTableIsAllowed() {
    assertThatThrownBy(() -> new Blueprint("a.b.c"))
        .hasMessage("Invalid table name \"a.b.c\" in Blueprint().");
    assertThatThrownBy(() -> new Blueprint("a..b"))
        .hasMessage("Invalid table name \"a..b\" in Blueprint().");
  }

  private static Blueprint blueprint(String column) {
    Blueprint blueprint = new Blueprint("t");
    blueprint.integer(column);
    return blueprint;
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
