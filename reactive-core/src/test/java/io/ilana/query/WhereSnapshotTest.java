package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.UnsupportedFeatureException;
import io.ilana.query.parts.Column;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WhereSnapshotTest {

  @Test
  void whereWithTwoArgumentsComparesForEquality() {
    Snapshot.select(q -> q.where("is_active", true).where("age", ">", 18))
        .postgres("select * from \"users\" where \"is_active\" = $1 and \"age\" > $2", true, 18)
        .mysql("select * from `users` where `is_active` = ? and `age` > ?", true, 18)
        .mariadb("select * from `users` where `is_active` = ? and `age` > ?", true, 18)
        .h2("select * from \"users\" where \"is_active\" = $1 and \"age\" > $2", true, 18);
  }

  @Test
  void operatorsAreMatchedCaseInsensitivelyAndWrittenInLowerCase() {
    Snapshot.select(q -> q.where("name", "NOT LIKE", "%x%"))
        .postgres("select * from \"users\" where \"name\" not like $1", "%x%")
        .mysql("select * from `users` where `name` not like ?", "%x%")
        .mariadb("select * from `users` where `name` not like ?", "%x%")
        .h2("select * from \"users\" where \"name\" not like CAST($1 AS VARCHAR)", "%x%");
  }

  @Test
  void ilikeIsNativeOnPostgresAndH2AndLowerLikeOnMysql() {
    Snapshot.select(q -> q.where("name", "ilike", "%JO%"))
        .postgres("select * from \"users\" where \"name\" ilike $1", "%JO%")
        .mysql("select * from `users` where lower(`name`) like lower(?)", "%JO%")
        .mariadb("select * from `users` where lower(`name`) like lower(?)", "%JO%")
        .h2("select * from \"users\" where \"name\" ilike CAST($1 AS VARCHAR)", "%JO%");
  }

  @Test
  void ilikeIsTranslatedTheSameWayInWhereColumnAndDateConditions() {
    Snapshot.select(
            q -> q.whereColumn("name", "not ilike", "nick").whereDate("at", "ilike", "2024%"))
        .postgres(
            "select * from \"users\" where \"name\" not ilike \"nick\" and cast(cast(\"at\" as date) as varchar) ilike cast($1 as varchar)",
            "2024%")
        .mysql(
            "select * from `users` where lower(`name`) not like lower(`nick`) and lower(date(`at`)) like lower(?)",
            "2024%")
        .mariadb(
            "select * from `users` where lower(`name`) not like lower(`nick`) and lower(date(`at`)) like lower(?)",
            "2024%")
        .h2(
            "select * from \"users\" where \"name\" not ilike \"nick\" and cast(cast(\"at\" as date) as varchar) ilike cast(CAST($1 AS VARCHAR) as varchar)",
            "2024%");
  }

  @Test
  void orWhereJoinsWithOr() {
    Snapshot.select(q -> q.where("role", "admin").orWhere("role", "moderator"))
        .postgres(
            "select * from \"users\" where \"role\" = $1 or \"role\" = $2", "admin", "moderator")
        .mysql("select * from `users` where `role` = ? or `role` = ?", "admin", "moderator")
        .mariadb("select * from `users` where `role` = ? or `role` = ?", "admin", "moderator")
        .h2(
            "select * from \"users\" where \"role\" = CAST($1 AS VARCHAR) or \"role\" = CAST($2 AS VARCHAR)",
            "admin",
            "moderator");
  }

  @Test
  void aNullValueMeansIsNull() {
    Snapshot.select(q -> q.where("deleted_at", null).where("email", "!=", null))
        .postgres("select * from \"users\" where \"deleted_at\" is null and \"email\" is not null")
        .mysql("select * from `users` where `deleted_at` is null and `email` is not null")
        .mariadb("select * from `users` where `deleted_at` is null and `email` is not null")
        .h2("select * from \"users\" where \"deleted_at\" is null and \"email\" is not null");
  }

  @Test
  void nestedWhereAndWhereNotAreParenthesised() {
    Snapshot.select(
            q ->
                q.where("a", 1)
                    .where(g -> g.where("b", 2).orWhere("c", 3))
                    .whereNot(g -> g.where("d", 4)))
        .postgres(
            "select * from \"users\" where \"a\" = $1 and (\"b\" = $2 or \"c\" = $3) and not (\"d\" = $4)",
            1,
            2,
            3,
            4)
        .mysql(
            "select * from `users` where `a` = ? and (`b` = ? or `c` = ?) and not (`d` = ?)",
            1,
            2,
            3,
            4)
        .mariadb(
            "select * from `users` where `a` = ? and (`b` = ? or `c` = ?) and not (`d` = ?)",
            1,
            2,
            3,
            4)
        .h2(
            "select * from \"users\" where \"a\" = $1 and (\"b\" = $2 or \"c\" = $3) and not (\"d\" = $4)",
            1,
            2,
            3,
            4);
  }

  @Test
  void whereInBindsOneArrayOnPostgresAndOneMarkerPerValueElsewhere() {
    Snapshot.select(q -> q.whereIn("id", List.of(1, 2, 3)).whereNotIn("role", List.of("x", "y")))
        .postgres(
            "select * from \"users\" where \"id\" = any($1) and \"role\" <> all($2)",
            new Long[] {1L, 2L, 3L},
            new String[] {"x", "y"})
        .mysql(
            "select * from `users` where `id` in (?, ?, ?) and `role` not in (?, ?)",
            1,
            2,
            3,
            "x",
            "y")
        .mariadb(
            "select * from `users` where `id` in (?, ?, ?) and `role` not in (?, ?)",
            1,
            2,
            3,
            "x",
            "y")
        .h2(
            "select * from \"users\" where \"id\" in ($1, $2, $3) and \"role\" not in (CAST($4 AS VARCHAR), CAST($5 AS VARCHAR))",
            1,
            2,
            3,
            "x",
            "y");
  }

  @Test
  void whereInWithMixedTypesOnPostgresFallsBackToOneMarkerPerValue() {
    Snapshot.select(q -> q.whereIn("code", List.of(1, "a")))
        .postgres("select * from \"users\" where \"code\" in ($1, $2)", 1, "a")
        .mysql("select * from `users` where `code` in (?, ?)", 1, "a")
        .mariadb("select * from `users` where `code` in (?, ?)", 1, "a")
        .h2("select * from \"users\" where \"code\" in ($1, CAST($2 AS VARCHAR))", 1, "a");
  }

  @Test
  void anEmptyWhereInMatchesNothingAndAnEmptyWhereNotInEverything() {
    Snapshot.select(q -> q.whereIn("id", List.of()).orWhereNotIn("id", List.of()))
        .postgres("select * from \"users\" where 0 = 1 or 1 = 1")
        .mysql("select * from `users` where 0 = 1 or 1 = 1")
        .mariadb("select * from `users` where 0 = 1 or 1 = 1")
        .h2("select * from \"users\" where 0 = 1 or 1 = 1");
  }

  @Test
  void whereInAcceptsASubQuery() {
    Snapshot.of(
            d ->
                QueryBuilder.forDialect(d)
                    .from("users")
                    .whereIn(
                        "id",
                        QueryBuilder.forDialect(d).from("posts").select("user_id").where("v", 1))
                    .compile())
        .postgres(
            "select * from \"users\" where \"id\" in (select \"user_id\" from \"posts\" where \"v\" = $1)",
            1)
        .mysql(
            "select * from `users` where `id` in (select `user_id` from `posts` where `v` = ?)", 1)
        .mariadb(
            "select * from `users` where `id` in (select `user_id` from `posts` where `v` = ?)", 1)
        .h2(
            "select * from \"users\" where \"id\" in (select \"user_id\" from \"posts\" where \"v\" = $1)",
            1);
  }

  @Test
  void whereOperatorInAndBetweenRouteToTheirClauses() {
    Snapshot.select(q -> q.where("id", "in", List.of("a")).where("age", "between", List.of(1, 9)))
        .postgres(
            "select * from \"users\" where \"id\" = any($1) and \"age\" between $2 and $3",
            new String[] {"a"},
            1,
            9)
        .mysql("select * from `users` where `id` in (?) and `age` between ? and ?", "a", 1, 9)
        .mariadb("select * from `users` where `id` in (?) and `age` between ? and ?", "a", 1, 9)
        .h2(
            "select * from \"users\" where \"id\" in (CAST($1 AS VARCHAR)) and \"age\" between $2 and $3",
            "a",
            1,
            9);
  }

  @Test
  void whereBetweenAndNotBetweenBindBothEnds() {
    Snapshot.select(q -> q.whereBetween("age", 18, 65).whereNotBetween("score", 1, 2))
        .postgres(
            "select * from \"users\" where \"age\" between $1 and $2 and \"score\" not between $3 and $4",
            18,
            65,
            1,
            2)
        .mysql(
            "select * from `users` where `age` between ? and ? and `score` not between ? and ?",
            18,
            65,
            1,
            2)
        .mariadb(
            "select * from `users` where `age` between ? and ? and `score` not between ? and ?",
            18,
            65,
            1,
            2)
        .h2(
            "select * from \"users\" where \"age\" between $1 and $2 and \"score\" not between $3 and $4",
            18,
            65,
            1,
            2);
  }

  @Test
  void betweenBoundsMayBeColumns() {
    Snapshot.select(q -> q.whereBetween("age", Column.ref("min_age"), 65))
        .postgres("select * from \"users\" where \"age\" between \"min_age\" and $1", 65)
        .mysql("select * from `users` where `age` between `min_age` and ?", 65)
        .mariadb("select * from `users` where `age` between `min_age` and ?", 65)
        .h2("select * from \"users\" where \"age\" between \"min_age\" and $1", 65);
  }

  @Test
  void whereColumnComparesTwoColumnsAndAColumnRefIsNotBound() {
    Snapshot.select(
            q -> q.whereColumn("updated_at", ">", "created_at").where("a", "<", Column.ref("b")))
        .postgres("select * from \"users\" where \"updated_at\" > \"created_at\" and \"a\" < \"b\"")
        .mysql("select * from `users` where `updated_at` > `created_at` and `a` < `b`")
        .mariadb("select * from `users` where `updated_at` > `created_at` and `a` < `b`")
        .h2("select * from \"users\" where \"updated_at\" > \"created_at\" and \"a\" < \"b\"");
  }

  @Test
  void jsonPathsWorkInWhereOnPostgresAndMysql() {
    Snapshot.select(q -> q.where("meta->theme", "dark"))
        .postgres("select * from \"users\" where \"meta\"->>'theme' = $1", "dark")
        .mysql(
            "select * from `users` where json_unquote(json_extract(`meta`, '$.\"theme\"')) = ?",
            "dark")
        .mariadb(
            "select * from `users` where json_unquote(json_extract(`meta`, '$.\"theme\"')) = ?",
            "dark");
  }

  @Test
  void jsonPathsOnH2RaiseUnsupportedFeatureNamingTheDialectAndMethod() {
    QueryBuilder query =
        QueryBuilder.forDialect(Snapshot.H2).from("users").where("meta->theme", "dark");
    assertThatThrownBy(query::toSql)
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage(
            "JSON path column \"meta->theme\" in where() is not supported by the h2 dialect.");
  }

  @Test
  void whereJsonContainsEncodesTheValueAsJson() {
    Snapshot.select(q -> q.whereJsonContains("preferences", Map.of("theme", "dark")))
        .postgres(
            "select * from \"users\" where ((\"preferences\")::jsonb @> $1::jsonb)",
            "{\"theme\":\"dark\"}")
        .mysql(
            "select * from `users` where json_contains(`preferences`, ?)", "{\"theme\":\"dark\"}")
        .mariadb(
            "select * from `users` where json_contains(`preferences`, ?)", "{\"theme\":\"dark\"}");
    assertThatThrownBy(
            () ->
                QueryBuilder.forDialect(Snapshot.H2)
                    .from("users")
                    .whereJsonContains("preferences", "x")
                    .toSql())
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("whereJsonContains() is not supported by the h2 dialect.");
  }

  @Test
  void whereJsonContainsAndLengthFollowAJsonPath() {
    Snapshot.select(
            q -> q.whereJsonContains("meta->tags", "a").whereJsonLength("meta->tags", ">", 3))
        .postgres(
            "select * from \"users\" where ((\"meta\"->'tags')::jsonb @> $1::jsonb) and jsonb_array_length((\"meta\"->'tags')::jsonb) > $2",
            "\"a\"",
            3)
        .mysql(
            "select * from `users` where json_contains(`meta`, ?, '$.\"tags\"') and json_length(`meta`, '$.\"tags\"') > ?",
            "\"a\"",
            3)
        .mariadb(
            "select * from `users` where json_contains(`meta`, ?, '$.\"tags\"') and json_length(`meta`, '$.\"tags\"') > ?",
            "\"a\"",
            3);
    assertThatThrownBy(
            () -> QueryBuilder.forDialect(Snapshot.H2).from("u").whereJsonLength("t", 1).toSql())
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("whereJsonLength() is not supported by the h2 dialect.");
  }

  @Test
  void dateConditionsUseEachDialectsDateFunctions() {
    LocalDate day = LocalDate.of(2023, 12, 1);
    Snapshot.select(
            q ->
                q.whereDate("created_at", day)
                    .whereMonth("created_at", 12)
                    .whereYear("created_at", 2023)
                    .whereDay("created_at", 1)
                    .whereTime("created_at", ">=", "10:00:00"))
        .postgres(
            "select * from \"users\" where cast(\"created_at\" as date) = cast($1 as date) and extract(month from \"created_at\") = $2 and extract(year from \"created_at\") = $3 and extract(day from \"created_at\") = $4 and cast(\"created_at\" as time) >= cast($5 as time)",
            day,
            12,
            2023,
            1,
            "10:00:00")
        .mysql(
            "select * from `users` where date(`created_at`) = ? and month(`created_at`) = ? and year(`created_at`) = ? and day(`created_at`) = ? and time(`created_at`) >= ?",
            day,
            12,
            2023,
            1,
            "10:00:00")
        .mariadb(
            "select * from `users` where date(`created_at`) = ? and month(`created_at`) = ? and year(`created_at`) = ? and day(`created_at`) = ? and time(`created_at`) >= ?",
            day,
            12,
            2023,
            1,
            "10:00:00")
        .h2(
            "select * from \"users\" where cast(\"created_at\" as date) = cast(cast($1 as varchar) as date) and extract(month from \"created_at\") = $2 and extract(year from \"created_at\") = $3 and extract(day from \"created_at\") = $4 and cast(\"created_at\" as time) >= cast(cast(CAST($5 AS VARCHAR) as varchar) as time)",
            day,
            12,
            2023,
            1,
            "10:00:00");
  }

  @Test
  void whereExistsTakesAClosureOrABuilder() {
    Snapshot.select(
            q ->
                q.whereExists(s -> s.from("posts").whereRaw("posts.user_id = users.id"))
                    .whereNotExists(s -> s.from("bans").where("bans.active", true)))
        .postgres(
            "select * from \"users\" where exists (select * from \"posts\" where posts.user_id = users.id) and not exists (select * from \"bans\" where \"bans\".\"active\" = $1)",
            true)
        .mysql(
            "select * from `users` where exists (select * from `posts` where posts.user_id = users.id) and not exists (select * from `bans` where `bans`.`active` = ?)",
            true)
        .mariadb(
            "select * from `users` where exists (select * from `posts` where posts.user_id = users.id) and not exists (select * from `bans` where `bans`.`active` = ?)",
            true)
        .h2(
            "select * from \"users\" where exists (select * from \"posts\" where posts.user_id = users.id) and not exists (select * from \"bans\" where \"bans\".\"active\" = $1)",
            true);
  }

  @Test
  void whereRawTurnsQuestionMarksIntoTheDialectsMarkers() {
    Snapshot.select(
            q ->
                q.where("a", 1)
                    .whereRaw("age > ? AND note <> '?' AND x ?? y", 25)
                    .orWhereRaw("b < ?", 5))
        .postgres(
            "select * from \"users\" where \"a\" = $1 and age > $2 AND note <> '?' AND x ? y or b < $3",
            1,
            25,
            5)
        .mysql(
            "select * from `users` where `a` = ? and age > ? AND note <> '?' AND x ? y or b < ?",
            1,
            25,
            5)
        .mariadb(
            "select * from `users` where `a` = ? and age > ? AND note <> '?' AND x ? y or b < ?",
            1,
            25,
            5)
        .h2(
            "select * from \"users\" where \"a\" = $1 and age > $2 AND note <> '?' AND x ? y or b < $3",
            1,
            25,
            5);
  }

  @Test
  void whenAppliesOnlyForPresentValuesAndUnlessOnlyForFalse() {
    String search = "jo";
    String role = null;
    QueryBuilder query =
        QueryBuilder.forDialect(Snapshot.POSTGRES)
            .from("users")
            .when(role, (q, r) -> q.where("role", r))
            .when(search, (q, s) -> q.where("name", "like", "%" + s + "%"))
            .when(false, q -> q.where("never", 1))
            .unless(false, q -> q.where("always", 2))
            .tap(q -> q.whereNull("deleted_at"));
    assertThat(query.toSql())
        .isEqualTo(
            "select * from \"users\" where \"name\" like $1 and \"always\" = $2 and \"deleted_at\" is null");
    assertThat(query.getBindings()).containsExactly("%jo%", 2);
  }
}
