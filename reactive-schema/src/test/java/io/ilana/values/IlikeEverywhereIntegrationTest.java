package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.db.DatabaseManager;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.query.Query;
import io.ilana.query.QueryBuilder;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.sql.Json;
import io.ilana.testkit.DialectTest;
import io.ilana.testkit.DialectsTest;
import io.ilana.testkit.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;

/**
 * {@code ilike} and {@code not ilike} mean the same in every position that takes an operator, on
 * every database: MySQL and MariaDB have no ilike, and PostgreSQL has no pattern match on dates or
 * numbers.
 */
class IlikeEverywhereIntegrationTest {
  static final String TABLE = "s11b_like";
  static final String LABELS = "s11b_like_labels";

  private DatabaseManager manager;

  @AfterEach
  void close() {
    if (manager != null) {
      manager.close().block();
    }
  }

  private void seed(TestDatabase database) {
    manager = TestConnections.open(database);
    Schema schema = Schema.on(manager.connection());
    schema.dropTableIfExists(TABLE).block();
    schema.dropTableIfExists(LABELS).block();
    schema
        .createTable(
            TABLE,
            t -> {
              t.increments("id");
              t.string("name");
              t.string("nick");
              t.datetime("at");
              t.json("tags").nullable();
            })
        .block();
    schema
        .createTable(
            LABELS,
            t -> {
              t.increments("id");
              t.string("label");
            })
        .block();
    table()
        .insert(
            List.of(
                Map.of(
                    "name",
                    "Alpha",
                    "nick",
                    "ALPHA",
                    "at",
                    LocalDateTime.of(2024, 1, 5, 10, 30),
                    "tags",
                    Json.of(List.of(1, 2))),
                Map.of(
                    "name",
                    "Beta",
                    "nick",
                    "gamma",
                    "at",
                    LocalDateTime.of(2023, 6, 7, 8, 0),
                    "tags",
                    Json.of(List.of(1)))))
        .block();
    Query.table(manager.connection(), LABELS).insert(Map.of("label", "alpha")).block();
  }

  private QueryBuilder table() {
    return Query.table(manager.connection(), TABLE);
  }

  private static List<Object> names(QueryBuilder query) {
    return query.orderBy("name").pluck("name").block();
  }

  @DialectTest
  void whereColumnMatchesColumnsCaseInsensitively(TestDatabase database) {
    seed(database);
    assertThat(names(table().whereColumn("name", "ilike", "nick"))).containsExactly("Alpha");
    assertThat(names(table().whereColumn("name", "not ilike", "nick"))).containsExactly("Beta");
  }

  @DialectTest
  void aJoinConditionMatchesCaseInsensitively(TestDatabase database) {
    seed(database);
    QueryBuilder joined =
        table().join(LABELS, TABLE + ".name", "ilike", LABELS + ".label").select(TABLE + ".name");
    assertThat(names(joined)).containsExactly("Alpha");
    QueryBuilder closure =
        table()
            .join(LABELS, on -> on.on(TABLE + ".name", "not ilike", LABELS + ".label"))
            .select(TABLE + ".name");
    assertThat(names(closure)).containsExactly("Beta");
  }

  @DialectTest
  void whereDateAndWhereTimeMatchTheTextOfTheDateOrTime(TestDatabase database) {
    seed(database);
    assertThat(names(table().whereDate("at", "ilike", "2024-01-%"))).containsExactly("Alpha");
    assertThat(names(table().whereDate("at", "not ilike", "2024-01-%"))).containsExactly("Beta");
    assertThat(names(table().whereTime("at", "ilike", "10:%"))).containsExactly("Alpha");
    assertThat(names(table().whereTime("at", "not ilike", "10:%"))).containsExactly("Beta");
  }

  @DialectsTest({"postgres", "mysql", "mariadb"})
  void whereJsonLengthMatchesTheTextOfTheLength(TestDatabase database) {
    seed(database);
    assertThat(names(table().whereJsonLength("tags", "ilike", 2))).containsExactly("Alpha");
    assertThat(names(table().whereJsonLength("tags", "not ilike", 2))).containsExactly("Beta");
  }

  @DialectsTest("h2")
  void whereJsonLengthIsUnsupportedOnH2WhateverTheOperator(TestDatabase database) {
    seed(database);
    assertThatThrownBy(() -> names(table().whereJsonLength("tags", "ilike", 2)))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("whereJsonLength() is not supported by the h2 dialect.");
  }

  @DialectTest
  void havingMatchesCaseInsensitively(TestDatabase database) {
    seed(database);
    QueryBuilder grouped = table().select("name").groupBy("name").having("name", "ilike", "ALPHA");
    assertThat(names(grouped)).containsExactly("Alpha");
  }
}
