package io.ilana.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.dialect.h2.H2Dialect;
import io.ilana.dialect.mysql.MariaDbDialect;
import io.ilana.dialect.mysql.MySqlDialect;
import io.ilana.dialect.postgres.PostgresDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawSqlLexerTest {
  private static final RawSqlLexer MYSQL = new MySqlDialect().rawSqlLexer();
  private static final RawSqlLexer MARIADB = new MariaDbDialect().rawSqlLexer();
  private static final RawSqlLexer POSTGRES = new PostgresDialect().rawSqlLexer();
  private static final RawSqlLexer H2 = new H2Dialect().rawSqlLexer();

  private static int placeholders(RawSqlLexer lexer, String sql) {
    return lexer.lex(sql).placeholders();
  }

  @Test
  void aDoubledQuoteStaysInsideItsStringEverywhere() {
    String sql = "'it''s ?' = ?";
    for (RawSqlLexer lexer : List.of(MYSQL, MARIADB, POSTGRES, H2)) {
      assertThat(placeholders(lexer, sql)).isEqualTo(1);
    }
  }

  @Test
  void theTextBetweenPlaceholdersIsKeptAndADoubledQuestionMarkIsALiteral() {
    assertThat(POSTGRES.lex("a = ? and b ?? 'k' and c = ?").texts())
        .containsExactly("a = ", " and b ? 'k' and c = ", "");
  }

  @Test
  void mysqlStringsTakeBackslashEscapesInSingleAndDoubleQuotes() {
    String sql = "'it\\'s ?' = \"a\\\"?\" and x = ?";
    assertThat(placeholders(MYSQL, sql)).isEqualTo(1);
    assertThat(placeholders(MARIADB, sql)).isEqualTo(1);
  }

  @Test
  void aBackslashEndsNothingInAStandardPostgresOrH2String() {
    String sql = "'C:\\' = ?";
    assertThat(placeholders(POSTGRES, sql)).isEqualTo(1);
    assertThat(placeholders(H2, sql)).isEqualTo(1);
    assertThat(placeholders(MARIADB, sql)).isZero();
  }

  @Test
  void mysqlBacktickIdentifiersAndHashCommentsHideQuestionMarks() {
    assertThat(placeholders(MARIADB, "`a?` = ? # why?\nand b = ?")).isEqualTo(2);
  }

  @Test
  void mysqlDoubleDashStartsACommentOnlyBeforeWhitespace() {
    assertThat(placeholders(MARIADB, "x -- ?\n = 1")).isZero();
    assertThat(placeholders(MARIADB, "x --?")).isEqualTo(1);
  }

  @Test
  void lineAndBlockCommentsHideQuestionMarksEverywhere() {
    String sql = "-- why?\n/* or ? */ x = ?";
    for (RawSqlLexer lexer : List.of(MYSQL, MARIADB, POSTGRES, H2)) {
      assertThat(placeholders(lexer, sql)).isEqualTo(1);
    }
  }

  @Test
  void postgresEscapeStringsTakeBackslashEscapes() {
    assertThat(placeholders(POSTGRES, "E'it\\'s ?' = ? and e'\\\\' = ?")).isEqualTo(2);
  }

  @Test
  void postgresDollarQuotedStringsHideQuestionMarks() {
    assertThat(placeholders(POSTGRES, "$$a ? b$$ || $fn$ ? $ $fn$ = ?")).isEqualTo(1);
  }

  @Test
  void h2DollarQuotedStringsHideQuestionMarks() {
    assertThat(placeholders(H2, "$$a ? b$$ = ?")).isEqualTo(1);
  }

  @Test
  void h2DoubleSlashCommentsHideQuestionMarks() {
    assertThat(placeholders(H2, "x = ? // why?\n")).isEqualTo(1);
    assertThat(placeholders(POSTGRES, "x // ?")).isEqualTo(1);
  }

  @Test
  void postgresBlockCommentsNestAndH2AndMysqlOnesDoNot() {
    String sql = "/* a /* b */ ? */ x = ?";
    assertThat(placeholders(POSTGRES, sql)).isEqualTo(1);
    assertThat(placeholders(H2, sql)).isEqualTo(2);
    assertThat(placeholders(MARIADB, sql)).isEqualTo(2);
  }

  @Test
  void aNativeMarkerOutsideQuotesIsReportedOnPostgresAndH2() {
    assertThat(POSTGRES.lex("x = $1 and y = ?").nativeMarker()).isEqualTo("$1");
    assertThat(H2.lex("x = $12").nativeMarker()).isEqualTo("$12");
    assertThat(MARIADB.lex("x = $1").nativeMarker()).isNull();
  }

  @Test
  void aDollarDigitInsideAStringOrAnIdentifierIsNoMarker() {
    assertThat(POSTGRES.lex("'$1' = a$1 and $$ $1 $$ = ?").nativeMarker()).isNull();
  }

  @Test
  void escapedQuotesAndMysqlCommentsAreWrittenInTheFormsTheDriversScannersRead() {
    assertThat(MARIADB.lex("'it\\'s' <> \"a\\\"b\\\\\" # ?\nand x --1").texts())
        .containsExactly("'it''s' <> \"a\"\"b\\\\\" --  ?\nand x - -1");
    assertThat(POSTGRES.lex("E'it\\'s' <> 'C:\\'").texts()).containsExactly("E'it''s' <> 'C:\\'");
  }
}
