package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.error.InvalidIdentifierException;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.query.Query;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.ScratchTables;
import io.ilana.testkit.DialectsTest;
import io.ilana.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A name longer than the database keeps is refused before anything is sent, instead of being cut
 * into another name: PostgreSQL keeps 63 bytes, MySQL and MariaDB 64 characters.
 */
class IdentifierLimitIntegrationTest {
  static final String TABLE = "s11b_names";

  /** The longest name PostgreSQL keeps. */
  static final String LONGEST_ON_POSTGRES = "a".repeat(63);

  /** 32 Cyrillic letters: 32 characters, 64 bytes. */
  static final String CYRILLIC = "я".repeat(32);

  static class Account extends Model<Account> {
    static final ModelType<Account> TYPE =
        ModelType.of(Account.class, Account::new).table(TABLE).guarded("id", LONGEST_ON_POSTGRES);
  }

  @RegisterExtension final ScratchTables scratch = new ScratchTables();
  private DatabaseManager manager;

  private void seed(TestDatabase database, String longColumn) {
    manager =
        scratch.create(
            database,
            TABLE,
            t -> {
              t.increments("id");
              t.string("name").nullable();
              t.integer(longColumn).nullable();
            });
    table().insert(Map.of("name", "x", longColumn, 42)).block();
  }

  private QueryBuilder table() {
    return Query.table(manager.connection(), TABLE);
  }

  @DialectsTest("postgres")
  void onPostgresA64ByteNameIsRefusedInsteadOfMatchingThe63ByteColumn(TestDatabase database) {
    seed(database, LONGEST_ON_POSTGRES);
    assertThat(table().where(LONGEST_ON_POSTGRES, 42).count().block()).isEqualTo(1L);
    assertThatThrownBy(() -> table().where("a".repeat(64), 42).count().block())
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage(
            "The name \""
                + "a".repeat(64)
                + "\" is 64 bytes long; the postgres database allows at most 63 bytes in a name.");
  }

  @DialectsTest("postgres")
  void onPostgres32CyrillicLettersAre64BytesAndRefused(TestDatabase database) {
    seed(database, LONGEST_ON_POSTGRES);
    assertThatThrownBy(() -> table().where(CYRILLIC, 42).count().block())
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage(
            "The name \""
                + CYRILLIC
                + "\" is 64 bytes long; the postgres database allows at most 63 bytes in a name.");
  }

  @DialectsTest("postgres")
  void onPostgresAGuardedOnlyModelRefusesAKeyThatWouldBeCutOntoAGuardedColumn(
      TestDatabase database) {
    seed(database, LONGEST_ON_POSTGRES);
    String key = "a".repeat(64);
    assertThatThrownBy(
            () -> Account.TYPE.query(manager).create(Map.of("name", "evil", key, 7)).block())
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage(
            "The name \""
                + key
                + "\" is 64 bytes long; the postgres database allows at most 63 bytes in a name.");
    assertThat(table().where(LONGEST_ON_POSTGRES, 7).count().block()).isZero();
  }

  @DialectsTest({"mysql", "mariadb"})
  void onMysqlAndMariaDbA65CharacterNameIsRefused(TestDatabase database) {
    seed(database, "a".repeat(64));
    assertThat(table().where("a".repeat(64), 42).count().block()).isEqualTo(1L);
    assertThatThrownBy(() -> table().where("a".repeat(65), 42).count().block())
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage(
            "The name \""
                + "a".repeat(65)
                + "\" is 65 characters long; the "
                + database.dialect()
                + " database allows at most 64 characters in a name.");
  }

  @DialectsTest({"mysql", "mariadb", "h2"})
  void mysqlMariaDbAndH2Count64CyrillicLettersAsTheirLengthInCharacters(TestDatabase database) {
    String column = "я".repeat(64);
    seed(database, column);
    assertThat(table().where(column, 42).count().block()).isEqualTo(1L);
  }
}
