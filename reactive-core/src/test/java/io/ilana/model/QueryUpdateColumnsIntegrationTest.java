package io.ilana.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.error.InvalidIdentifierException;
import io.ilana.query.QueryBuilder;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import reactor.test.StepVerifier;

/**
 * Query-level {@code update} writes the columns it is given, fillable or not, matching column names
 * exactly on every database; {@code fill} (and so {@code create} and a model's {@code update})
 * never writes a guarded column, whatever case the key is in.
 */
class QueryUpdateColumnsIntegrationTest {
  static final String TABLE = "s11c_ma_accounts";
  static final String REASON =
      "(): Account declares the column as is_admin; column names are matched exactly (MySQL and"
          + " MariaDB would write is_admin, PostgreSQL and H2 look for another column). Write"
          + " is_admin.";

  static class Account extends Model<Account> {
    static final ModelType<Account> TYPE =
        ModelType.of(Account.class, Account::new).table(TABLE).guarded("id", "is_admin");
  }

  private ModelDb db;

  private ModelQuery<Account> accounts(TestDatabase database) {
    db = ModelDb.open(database);
    db.recreate(
        TABLE, db.id() + ", name varchar(50), nickname varchar(50), is_admin int default 0");
    ModelQuery<Account> accounts = Account.TYPE.query(db.manager);
    accounts.create(Map.of("name", "Ann")).block();
    db.clearLog();
    return accounts;
  }

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  private int isAdmin() {
    Object stored = QueryBuilder.on(db.connection).from(TABLE).value("is_admin").block();
    return ((Number) stored).intValue();
  }

  private void assertRefusedUnsent(ModelQuery<Account> accounts, String key) {
    accounts
        .update(Map.of(key, 1))
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isExactlyInstanceOf(InvalidIdentifierException.class)
                    .hasMessage("Invalid column name \"" + key + "\" in update" + REASON))
        .verify();
    assertThat(db.sql()).isEmpty();
    assertThat(isAdmin()).isZero();
  }

  @DialectTest
  void queryLevelUpdateWritesAGuardedColumnItIsGiven(TestDatabase database) {
    ModelQuery<Account> accounts = accounts(database);
    assertThat(accounts.where("name", "Ann").update(Map.of("is_admin", 1)).block()).isEqualTo(1L);
    assertThat(isAdmin()).isEqualTo(1);
  }

  @DialectTest
  void queryLevelUpdateWritesAColumnTheModelDoesNotDeclare(TestDatabase database) {
    ModelQuery<Account> accounts = accounts(database);
    accounts.update(Map.of("nickname", "A")).block();
    assertThat(QueryBuilder.on(db.connection).from(TABLE).value("nickname").block()).isEqualTo("A");
  }

  @DialectTest
  void queryLevelUpdateRefusesADeclaredColumnInAnotherCase(TestDatabase database) {
    assertRefusedUnsent(accounts(database), "IS_ADMIN");
  }

  @DialectTest
  void queryLevelUpdateRefusesAQualifiedDeclaredColumnInAnotherCase(TestDatabase database) {
    assertRefusedUnsent(accounts(database), TABLE + ".Is_Admin");
  }

  @DialectTest
  void createNeverWritesAGuardedColumnInAnyCase(TestDatabase database) {
    ModelQuery<Account> accounts = accounts(database);
    accounts.where("name", "Ann").delete().block();
    accounts.create(Map.of("name", "Bob", "IS_ADMIN", 1, "is_admin", 1)).block();
    assertThat(isAdmin()).isZero();
  }

  @DialectTest
  void aModelUpdateNeverWritesAGuardedColumnInAnyCase(TestDatabase database) {
    ModelQuery<Account> accounts = accounts(database);
    Account ann = accounts.first().block();
    ann.update(Map.of("name", "Ann B", "IS_ADMIN", 1, "is_admin", 1)).block();
    assertThat(isAdmin()).isZero();
    assertThat(QueryBuilder.on(db.connection).from(TABLE).value("name").block()).isEqualTo("Ann B");
  }
}
