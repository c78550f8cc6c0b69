package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.dialect.Dialect;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.query.parts.Aggregate;
import io.ilana.query.parts.Column;
import io.ilana.sql.Bindings;
import io.ilana.sql.Identifiers;
import io.ilana.sql.Name;
import io.ilana.sql.Secret;
import io.ilana.sql.Sql;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Defects found in review, pinned so they stay fixed. */
class ReviewRegressionSnapshotTest {

  private static QueryBuilder users(Dialect dialect) {
    return QueryBuilder.on(new RecordingConnection(dialect)).from("users");
  }

  @Test
  void deleteWithOrderAndLimitIsRefusedRatherThanDeletingEveryMatch() {
    for (Dialect dialect : Snapshot.ALL) {
      assertThatThrownBy(() -> users(dialect).where("a", 1).orderBy("id").limit(1).delete().block())
          .isInstanceOf(UnsupportedFeatureException.class)
          .hasMessage(
              "delete() with limit, offset, orderBy, groupBy, having or union (it would affect"
                  + " every matching row) is not supported by the "
                  + dialect.name()
                  + " dialect.");
    }
  }

  @Test
  void updateWithALimitIsRefusedRatherThanUpdatingEveryMatch() {
    for (Dialect dialect : Snapshot.ALL) {
      assertThatThrownBy(() -> users(dialect).limit(5).update(Map.of("name", "x")).block())
          .isInstanceOf(UnsupportedFeatureException.class);
      assertThatThrownBy(() -> users(dialect).latest().increment("votes", 1).block())
          .isInstanceOf(UnsupportedFeatureException.class);
    }
  }

  @Test
  void aSecretWrittenIntoAJsonPathIsStoredAsItsValueAndStaysMasked() {
    RecordingConnection connection = new RecordingConnection(Snapshot.POSTGRES);
    QueryBuilder.on(connection)
        .from("users")
        .where("id", 1)
        .update(Map.of("meta->token", Secret.of("s3cr3t")))
        .block();
    Sql sql = connection.statements.get(0);
    assertThat(sql.bindings().get(0)).isEqualTo(Secret.of("\"s3cr3t\""));
    assertThat(Bindings.mask(sql.bindings())).containsExactly("****", "1");
  }

  @Test
  void aSecretComparedWithJsonContainsStaysMasked() {
    Sql sql =
        QueryBuilder.forDialect(Snapshot.MYSQL)
            .from("users")
            .whereJsonContains("meta", Secret.of(Map.of("token", "s3cr3t")))
            .compile();
    assertThat(sql.bindings()).containsExactly(Secret.of("{\"token\":\"s3cr3t\"}"));
    assertThat(Bindings.describe(sql.bindings())).doesNotContain("s3cr3t");
  }

  @Test
  void insertKeysMayNotBeJsonPaths() {
    assertThatThrownBy(() -> users(Snapshot.POSTGRES).insert(Map.of("meta->role", "admin")).block())
        .isInstanceOf(io.ilana.error.InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"meta->role\" in insert().");
  }

  @Test
  void recordsThatReachSqlTextRefuseForeignOperatorsAndFunctions() {
    Name votes = Identifiers.column("votes", "test");
    assertThatThrownBy(() -> new Column.Arithmetic(votes, "* 0; drop table users; --", 1))
        .isInstanceOf(io.ilana.error.InvalidOperatorException.class);
    assertThatThrownBy(() -> new Aggregate("pg_sleep", votes))
        .isInstanceOf(io.ilana.error.InvalidOperatorException.class);
  }
}
