package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.dialect.Dialect;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.query.parts.Column;
import io.ilana.sql.Expression;
import io.ilana.sql.Sql;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class WriteSnapshotTest {

  static Map<String, Object> row(Object... pairs) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      row.put((String) pairs[i], pairs[i + 1]);
    }
    return row;
  }

  /** Runs a write on a recording connection and returns the one statement it issued. */
  static Function<Dialect, Sql> written(Function<QueryBuilder, Mono<?>> write) {
    return d -> {
      RecordingConnection connection = new RecordingConnection(d);
      write.apply(QueryBuilder.on(connection).from("users")).block();
      assertThat(connection.statements).hasSize(1);
      return connection.statements.get(0);
    };
  }

  @Test
  void insertWritesOneRowWithBoundValues() {
    Snapshot.of(written(q -> q.insert(row("name", "ann", "age", 3))))
        .postgres("insert into \"users\" (\"name\", \"age\") values ($1, $2)", "ann", 3)
        .mysql("insert into `users` (`name`, `age`) values (?, ?)", "ann", 3)
        .mariadb("insert into `users` (`name`, `age`) values (?, ?)", "ann", 3)
        .h2("insert into \"users\" (\"name\", \"age\") values (CAST($1 AS VARCHAR), $2)", "ann", 3);
  }

  @Test
  void insertOfSeveralRowsIsOneMultiRowStatement() {
    Snapshot.of(written(q -> q.insert(List.of(row("name", "a"), row("name", "b")))))
        .postgres("insert into \"users\" (\"name\") values ($1), ($2)", "a", "b")
        .mysql("insert into `users` (`name`) values (?), (?)", "a", "b")
        .mariadb("insert into `users` (`name`) values (?), (?)", "a", "b")
        .h2(
            "insert into \"users\" (\"name\") values (CAST($1 AS VARCHAR)), (CAST($2 AS VARCHAR))",
            "a",
            "b");
  }

  @Test
  void aLargeInsertIsChunkedAndRunsInOneTransaction() {
    for (Dialect dialect : Snapshot.ALL) {
      RecordingConnection connection = new RecordingConnection(dialect);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int i = 0; i < 10_000; i++) {
        rows.add(row("name", "n" + i, "age", i, "email", "e" + i));
      }
      QueryBuilder.on(connection)
          .from("users")
          .insert(rows)
          .as(StepVerifier::create)
          .expectNext(10L)
          .verifyComplete();
      assertThat(connection.statements).as(dialect.name()).hasSize(10);
      assertThat(connection.statements).allMatch(sql -> sql.bindings().size() == 3000);
      assertThat(connection.transactions).as(dialect.name()).isEqualTo(1);
    }
  }

  @Test
  void insertOrIgnoreUsesEachDialectsSpellingAndIsUnsupportedOnH2() {
    Snapshot.of(written(q -> q.insertOrIgnore(List.of(row("email", "a")))))
        .postgres("insert into \"users\" (\"email\") values ($1) on conflict do nothing", "a")
        .mysql("insert ignore into `users` (`email`) values (?)", "a")
        .mariadb("insert ignore into `users` (`email`) values (?)", "a");
    QueryBuilder h2 = QueryBuilder.on(new RecordingConnection(Snapshot.H2)).from("users");
    assertThatThrownBy(() -> h2.insertOrIgnore(List.of(row("email", "a"))))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("insertOrIgnore() is not supported by the h2 dialect.");
  }

  @Test
  void upsertUpdatesTheNamedColumnsOnConflict() {
    Snapshot.of(
            written(
                q ->
                    q.upsert(
                        List.of(row("email", "a@x", "name", "A")),
                        List.of("email"),
                        List.of("name"))))
        .postgres(
            "insert into \"users\" (\"email\", \"name\") values ($1, $2) on conflict (\"email\") do update set \"name\" = \"excluded\".\"name\"",
            "a@x",
            "A")
        .mysql(
            "insert into `users` (`email`, `name`) values (?, ?) on duplicate key update `name` = values(`name`)",
            "a@x",
            "A")
        .mariadb(
            "insert into `users` (`email`, `name`) values (?, ?) on duplicate key update `name` = values(`name`)",
            "a@x",
            "A")
        .h2(
            "merge into \"users\" using (values (CAST($1 AS VARCHAR), CAST($2 AS VARCHAR))) as \"excluded\" (\"email\", \"name\") on \"users\".\"email\" = \"excluded\".\"email\" when matched then update set \"name\" = \"excluded\".\"name\" when not matched then insert (\"email\", \"name\") values (\"excluded\".\"email\", \"excluded\".\"name\")",
            "a@x",
            "A");
  }

  @Test
  void upsertWithoutUpdateColumnsLeavesExistingRowsAlone() {
    Snapshot.of(written(q -> q.upsert(List.of(row("email", "a@x")), List.of("email"), List.of())))
        .postgres(
            "insert into \"users\" (\"email\") values ($1) on conflict (\"email\") do nothing",
            "a@x")
        .mysql("insert ignore into `users` (`email`) values (?)", "a@x")
        .mariadb("insert ignore into `users` (`email`) values (?)", "a@x")
        .h2(
            "merge into \"users\" using (values (CAST($1 AS VARCHAR))) as \"excluded\" (\"email\") on \"users\".\"email\" = \"excluded\".\"email\" when not matched then insert (\"email\") values (\"excluded\".\"email\")",
            "a@x");
  }

  @Test
  void updateSetsValuesColumnsAndExpressions() {
    Snapshot.of(
            written(
                q ->
                    q.where("id", 7)
                        .update(
                            row(
                                "name", "b",
                                "total", Column.ref("subtotal"),
                                "votes", Column.ref("votes").plus(2),
                                "seen_at", Expression.raw("now()")))))
        .postgres(
            "update \"users\" set \"name\" = $1, \"total\" = \"subtotal\", \"votes\" = \"votes\" + $2, \"seen_at\" = now() where \"id\" = $3",
            "b",
            2,
            7)
        .mysql(
            "update `users` set `name` = ?, `total` = `subtotal`, `votes` = `votes` + ?, `seen_at` = now() where `id` = ?",
            "b",
            2,
            7)
        .mariadb(
            "update `users` set `name` = ?, `total` = `subtotal`, `votes` = `votes` + ?, `seen_at` = now() where `id` = ?",
            "b",
            2,
            7)
        .h2(
            "update \"users\" set \"name\" = CAST($1 AS VARCHAR), \"total\" = \"subtotal\", \"votes\" = \"votes\" + $2, \"seen_at\" = now() where \"id\" = $3",
            "b",
            2,
            7);
  }

  @Test
  void updateWritesIntoAJsonPath() {
    Snapshot.of(written(q -> q.where("id", 1).update(row("meta->prefs->theme", "dark"))))
        .postgres(
            "update \"users\" set \"meta\" = jsonb_set(\"meta\"::jsonb, '{prefs,theme}', $1::jsonb) where \"id\" = $2",
            "\"dark\"",
            1)
        .mysql(
            "update `users` set `meta` = json_set(`meta`, '$.\"prefs\".\"theme\"', ?) where `id` = ?",
            "dark",
            1)
        .mariadb(
            "update `users` set `meta` = json_set(`meta`, '$.\"prefs\".\"theme\"', ?) where `id` = ?",
            "dark",
            1);
    QueryBuilder h2 = QueryBuilder.on(new RecordingConnection(Snapshot.H2)).from("users");
    assertThatThrownBy(() -> h2.update(row("meta->theme", "dark")))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage(
            "JSON path column \"meta->theme\" in update() is not supported by the h2 dialect.");
  }

  @Test
  void incrementAndDecrementAddToTheColumn() {
    Snapshot.of(written(q -> q.where("id", 1).decrement("stock", 3)))
        .postgres("update \"users\" set \"stock\" = \"stock\" - $1 where \"id\" = $2", 3, 1)
        .mysql("update `users` set `stock` = `stock` - ? where `id` = ?", 3, 1)
        .mariadb("update `users` set `stock` = `stock` - ? where `id` = ?", 3, 1)
        .h2("update \"users\" set \"stock\" = \"stock\" - $1 where \"id\" = $2", 3, 1);
  }

  @Test
  void deleteRemovesTheMatchingRows() {
    Snapshot.of(written(q -> q.where("id", 1).delete()))
        .postgres("delete from \"users\" where \"id\" = $1", 1)
        .mysql("delete from `users` where `id` = ?", 1)
        .mariadb("delete from `users` where `id` = ?", 1)
        .h2("delete from \"users\" where \"id\" = $1", 1);
  }

  @Test
  void truncateEmptiesTheTable() {
    Snapshot.of(written(QueryBuilder::truncate))
        .postgres("truncate table \"users\" restart identity")
        .mysql("truncate table `users`")
        .mariadb("truncate table `users`")
        .h2("truncate table \"users\" restart identity");
  }

  @Test
  void aggregatesSelectOneLabelledValue() {
    Snapshot.of(written(q -> q.where("a", 1).sum("salary")))
        .postgres("select sum(\"salary\") as \"aggregate\" from \"users\" where \"a\" = $1", 1)
        .mysql("select sum(`salary`) as `aggregate` from `users` where `a` = ?", 1)
        .mariadb("select sum(`salary`) as `aggregate` from `users` where `a` = ?", 1)
        .h2("select sum(\"salary\") as \"aggregate\" from \"users\" where \"a\" = $1", 1);
  }

  @Test
  void countOverGroupsCountsTheGroups() {
    Snapshot.of(written(q -> q.select("role").groupBy("role").count()))
        .postgres(
            "select count(*) as \"aggregate\" from (select \"role\" from \"users\" group by \"role\") as \"aggregate_table\"")
        .mysql(
            "select count(*) as `aggregate` from (select `role` from `users` group by `role`) as `aggregate_table`")
        .mariadb(
            "select count(*) as `aggregate` from (select `role` from `users` group by `role`) as `aggregate_table`")
        .h2(
            "select count(*) as \"aggregate\" from (select \"role\" from \"users\" group by \"role\") as \"aggregate_table\"");
  }

  @Test
  void anAggregateDropsTheOrderAndCountsAPageAsADerivedTable() {
    Snapshot.of(written(q -> q.orderBy("name").count()))
        .postgres("select count(*) as \"aggregate\" from \"users\"")
        .mysql("select count(*) as `aggregate` from `users`")
        .mariadb("select count(*) as `aggregate` from `users`")
        .h2("select count(*) as \"aggregate\" from \"users\"");
    Snapshot.of(written(q -> q.orderBy("name").limit(2).count()))
        .postgres(
            "select count(*) as \"aggregate\" from (select * from \"users\" order by \"name\" asc limit 2) as \"aggregate_table\"")
        .mysql(
            "select count(*) as `aggregate` from (select * from `users` order by `name` asc limit 2) as `aggregate_table`")
        .mariadb(
            "select count(*) as `aggregate` from (select * from `users` order by `name` asc limit 2) as `aggregate_table`")
        .h2(
            "select count(*) as \"aggregate\" from (select * from \"users\" order by \"name\" asc limit 2) as \"aggregate_table\"");
  }

  @Test
  void aSumOverAPageReadsTheColumnOfTheDerivedTable() {
    Snapshot.of(written(q -> q.limit(5).sum("age")))
        .postgres(
            "select sum(\"aggregate_table\".\"age\") as \"aggregate\" from (select * from \"users\" limit 5) as \"aggregate_table\"")
        .mysql(
            "select sum(`aggregate_table`.`age`) as `aggregate` from (select * from `users` limit 5) as `aggregate_table`")
        .mariadb(
            "select sum(`aggregate_table`.`age`) as `aggregate` from (select * from `users` limit 5) as `aggregate_table`")
        .h2(
            "select sum(\"aggregate_table\".\"age\") as \"aggregate\" from (select * from \"users\" limit 5) as \"aggregate_table\"");
  }

  @Test
  void existsWrapsTheQuery() {
    Snapshot.of(written(q -> q.where("a", 1).exists()))
        .postgres("select exists(select * from \"users\" where \"a\" = $1) as \"exists\"", 1)
        .mysql("select exists(select * from `users` where `a` = ?) as `exists`", 1)
        .mariadb("select exists(select * from `users` where `a` = ?) as `exists`", 1)
        .h2("select exists(select * from \"users\" where \"a\" = $1) as \"exists\"", 1);
  }
}
