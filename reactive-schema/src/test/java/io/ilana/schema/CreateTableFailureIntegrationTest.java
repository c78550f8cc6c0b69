package io.ilana.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.ilana.db.DatabaseManager;
import io.ilana.error.ForeignKeyDefinitionException;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import reactor.test.StepVerifier;

/**
 * A createTable that fails half-way leaves no table behind on any database, and a foreign key
 * between integer columns of different types fails before any DDL where the database would refuse
 * it only after creating the table (MySQL, MariaDB).
 */
class CreateTableFailureIntegrationTest {
  private static final String TEAMS = "s11a_teams";
  private static final String MEMBERS = "s11a_members";

  private DatabaseManager manager;
  private Schema schema;

  @AfterEach
  void close() {
    dropBoth();
    manager.close().block();
  }

  private void open(TestDatabase database) {
    manager = TestConnections.open(database);
    schema = Schema.on(manager.connection());
    dropBoth();
  }

  private void dropBoth() {
    schema.dropTableIfExists(MEMBERS).block();
    schema.dropTableIfExists(TEAMS).block();
  }

  private static boolean isMySqlFamily(TestDatabase database) {
    return database.dialect().equals("mysql") || database.dialect().equals("mariadb");
  }

  @DialectTest
  void aCreateTableWhoseForeignKeyIsRefusedLeavesNoTableAndSaysWhatWasUndone(
      TestDatabase database) {
    open(database);
    schema.createTable(TEAMS, t -> t.string("code", 10)).block();
    boolean transactional = manager.connection().dialect().supportsTransactionalDdl();
    schema
        .createTable(
            MEMBERS,
            t -> {
              t.string("team_code", 10);
              t.foreign("team_code").references("code").on(TEAMS);
            })
        .as(StepVerifier::create)
        .expectErrorSatisfies(
            error -> {
              assertThat(error).isInstanceOf(ForeignKeyDefinitionException.class);
              String note =
                  "; the table s11a_members was dropped again ("
                      + database.dialect()
                      + " DDL is not transactional, so a failed createTable removes what it"
                      + " created) [connection: ";
              if (transactional) {
                assertThat(error.getMessage()).doesNotContain("dropped again");
              } else {
                assertThat(error.getMessage()).contains(note);
              }
            })
        .verify(Duration.ofSeconds(10));
    schema.hasTable(MEMBERS).as(StepVerifier::create).expectNext(false).verifyComplete();
  }

  @DialectTest
  void aForeignIdToAnIncrementsKeyFailsBeforeAnyDdlWhereTheTypesMustMatch(TestDatabase database) {
    open(database);
    schema.createTable(TEAMS, t -> t.increments("id")).block();
    StepVerifier.FirstStep<Void> create =
        schema
            .createTable(
                MEMBERS,
                t -> {
                  t.increments("id");
                  t.foreignId("team_id").constrained(TEAMS);
                })
            .as(StepVerifier::create);
    if (!isMySqlFamily(database)) {
      // PostgreSQL and H2 accept a BIGINT referencing an INTEGER key.
      create.verifyComplete();
      return;
    }
    create
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(ForeignKeyTypeMismatchException.class)
                    .hasMessage(
                        "Foreign key s11a_members.team_id BIGINT UNSIGNED cannot reference"
                            + " s11a_teams.id INT UNSIGNED: "
                            + database.dialect()
                            + " requires both columns to have the same integer type and"
                            + " signedness. An increments key is referenced by"
                            + " unsignedInteger(...), a bigIncrements or id() key by"
                            + " foreignId(...). No DDL was sent."))
        .verify(Duration.ofSeconds(10));
    schema.hasTable(MEMBERS).as(StepVerifier::create).expectNext(false).verifyComplete();
  }

  @DialectTest
  void aForeignIdAddedToATableFailsBeforeAnyDdlWhereTheTypesMustMatch(TestDatabase database) {
    open(database);
    schema.createTable(TEAMS, t -> t.increments("id")).block();
    schema.createTable(MEMBERS, t -> t.increments("id")).block();
    StepVerifier.FirstStep<Void> alter =
        schema
            .table(MEMBERS, t -> t.foreignId("team_id").constrained(TEAMS))
            .as(StepVerifier::create);
    if (!isMySqlFamily(database)) {
      alter.verifyComplete();
      return;
    }
    alter
        .expectErrorSatisfies(
            error ->
                assertThat(error)
                    .isInstanceOf(ForeignKeyTypeMismatchException.class)
                    .hasMessageStartingWith(
                        "Foreign key s11a_members.team_id BIGINT UNSIGNED cannot reference"
                            + " s11a_teams.id INT UNSIGNED: "))
        .verify(Duration.ofSeconds(10));
    schema
        .hasColumn(MEMBERS, "team_id")
        .as(StepVerifier::create)
        .expectNext(false)
        .verifyComplete();
  }

  @DialectTest
  void anUnsignedIntegerReferencesAnIncrementsKeyOnEveryDatabase(TestDatabase database) {
    open(database);
    schema.createTable(TEAMS, t -> t.increments("id")).block();
    schema
        .createTable(
            MEMBERS,
            t -> {
              t.increments("id");
              t.unsignedInteger("team_id").constrained(TEAMS);
            })
        .as(StepVerifier::create)
        .verifyComplete();
    schema.hasTable(MEMBERS).as(StepVerifier::create).expectNext(true).verifyComplete();
  }

  @DialectTest
  void aForeignIdReferencesAnIdKeyOnEveryDatabase(TestDatabase database) {
    open(database);
    schema.createTable(TEAMS, Blueprint::id).block();
    schema
        .createTable(
            MEMBERS,
            t -> {
              t.id();
              t.foreignId("team_id").constrained(TEAMS);
            })
        .as(StepVerifier::create)
        .verifyComplete();
    schema.hasTable(MEMBERS).as(StepVerifier::create).expectNext(true).verifyComplete();
  }
}
