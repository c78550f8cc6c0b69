package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SelectSnapshotTest {

  @Test
  void anEmptySelectReadsEveryColumn() {
    Snapshot.select(q -> q)
        .postgres("select * from \"users\"")
        .mysql("select * from `users`")
        .mariadb("select * from `users`")
        .h2("select * from \"users\"");
  }

  @Test
  void selectQuotesEachPartAndKeepsAliases() {
    Snapshot.select(q -> q.select("posts.*", "users.name as author_name", "app.users.id"))
        .postgres(
            "select \"posts\".*, \"users\".\"name\" as \"author_name\", \"app\".\"users\".\"id\" from \"users\"")
        .mysql("select `posts`.*, `users`.`name` as `author_name`, `app`.`users`.`id` from `users`")
        .mariadb(
            "select `posts`.*, `users`.`name` as `author_name`, `app`.`users`.`id` from `users`")
        .h2(
            "select \"posts\".*, \"users\".\"name\" as \"author_name\", \"app\".\"users\".\"id\" from \"users\"");
  }

  @Test
  void addSelectAppendsAndSelectRawBindsItsValues() {
    Snapshot.select(q -> q.select("id").addSelect("name").selectRaw("age + ? as older", 5))
        .postgres("select \"id\", \"name\", age + $1 as older from \"users\"", 5)
        .mysql("select `id`, `name`, age + ? as older from `users`", 5)
        .mariadb("select `id`, `name`, age + ? as older from `users`", 5)
        .h2("select \"id\", \"name\", age + $1 as older from \"users\"", 5);
  }

  @Test
  void distinctSelectsDistinctRows() {
    Snapshot.select(q -> q.distinct().select("role"))
        .postgres("select distinct \"role\" from \"users\"")
        .mysql("select distinct `role` from `users`")
        .mariadb("select distinct `role` from `users`")
        .h2("select distinct \"role\" from \"users\"");
  }

  @Test
  void aSubQueryCanBeAColumnAndNumbersItsMarkersInOrder() {
    Snapshot.select(
            q ->
                q.where("a", 1)
                    .selectSub(
                        s -> s.from("posts").selectRaw("count(*)").where("posts.kind", "x"), "n")
                    .where("b", 2))
        .postgres(
            "select (select count(*) from \"posts\" where \"posts\".\"kind\" = $1) as \"n\" from \"users\" where \"a\" = $2 and \"b\" = $3",
            "x",
            1,
            2)
        .mysql(
            "select (select count(*) from `posts` where `posts`.`kind` = ?) as `n` from `users` where `a` = ? and `b` = ?",
            "x",
            1,
            2)
        .mariadb(
            "select (select count(*) from `posts` where `posts`.`kind` = ?) as `n` from `users` where `a` = ? and `b` = ?",
            "x",
            1,
            2)
        .h2(
            "select (select count(*) from \"posts\" where \"posts\".\"kind\" = CAST($1 AS VARCHAR)) as \"n\" from \"users\" where \"a\" = $2 and \"b\" = $3",
            "x",
            1,
            2);
  }

  @Test
  void fromSubReadsADerivedTable() {
    Snapshot.of(
            d ->
                QueryBuilder.forDialect(d)
                    .fromSub(QueryBuilder.forDialect(d).from("users").where("age", ">", 3), "u")
                    .select("u.id")
                    .compile())
        .postgres(
            "select \"u\".\"id\" from (select * from \"users\" where \"age\" > $1) as \"u\"", 3)
        .mysql("select `u`.`id` from (select * from `users` where `age` > ?) as `u`", 3)
        .mariadb("select `u`.`id` from (select * from `users` where `age` > ?) as `u`", 3)
        .h2("select \"u\".\"id\" from (select * from \"users\" where \"age\" > $1) as \"u\"", 3);
  }

  @Test
  void aTableCanBeSchemaQualifiedAndAliased() {
    Snapshot.of(d -> QueryBuilder.forDialect(d).from("app.users as u").compile())
        .postgres("select * from \"app\".\"users\" as \"u\"")
        .mysql("select * from `app`.`users` as `u`")
        .mariadb("select * from `app`.`users` as `u`")
        .h2("select * from \"app\".\"users\" as \"u\"");
  }

  @Test
  void jsonPathsReadTextOutOfJsonColumnsInTheSelectListLabelledByTheirLastSegment() {
    Snapshot.select(q -> q.select("meta->theme as theme", "meta->a->b"))
        .postgres(
            "select \"meta\"->>'theme' as \"theme\", \"meta\"->'a'->>'b' as \"b\" from \"users\"")
        .mysql(
            "select json_unquote(json_extract(`meta`, '$.\"theme\"')) as `theme`, json_unquote(json_extract(`meta`, '$.\"a\".\"b\"')) as `b` from `users`")
        .mariadb(
            "select json_unquote(json_extract(`meta`, '$.\"theme\"')) as `theme`, json_unquote(json_extract(`meta`, '$.\"a\".\"b\"')) as `b` from `users`");
  }

  @Test
  void theBuilderIsImmutableSoABaseQueryCanBeReused() {
    QueryBuilder base = QueryBuilder.forDialect(Snapshot.POSTGRES).from("users");
    QueryBuilder admins = base.where("role", "admin");
    assertThat(base.toSql()).isEqualTo("select * from \"users\"");
    assertThat(admins.toSql()).isEqualTo("select * from \"users\" where \"role\" = $1");
    assertThat(admins.getBindings()).containsExactly("admin");
  }

  @Test
  void unionsWrapEachSelectAndTheOuterOrderAppliesToTheWhole() {
    Snapshot.of(
            d ->
                QueryBuilder.forDialect(d)
                    .from("a")
                    .select("name")
                    .where("x", 1)
                    .union(QueryBuilder.forDialect(d).from("b").select("name").where("y", 2))
                    .unionAll(QueryBuilder.forDialect(d).from("c").select("name"))
                    .orderBy("name")
                    .limit(5)
                    .compile())
        .postgres(
            "(select \"name\" from \"a\" where \"x\" = $1) union (select \"name\" from \"b\" where \"y\" = $2) union all (select \"name\" from \"c\") order by \"name\" asc limit 5",
            1,
            2)
        .mysql(
            "(select `name` from `a` where `x` = ?) union (select `name` from `b` where `y` = ?) union all (select `name` from `c`) order by `name` asc limit 5",
            1,
            2)
        .mariadb(
            "(select `name` from `a` where `x` = ?) union (select `name` from `b` where `y` = ?) union all (select `name` from `c`) order by `name` asc limit 5",
            1,
            2)
        .h2(
            "(select \"name\" from \"a\" where \"x\" = $1) union (select \"name\" from \"b\" where \"y\" = $2) union all (select \"name\" from \"c\") order by \"name\" asc limit 5",
            1,
            2);
  }

  @Test
  void lockForUpdateLocksRowsOnEveryDialect() {
    Snapshot.select(q -> q.where("id", 1).lockForUpdate())
        .postgres("select * from \"users\" where \"id\" = $1 for update", 1)
        .mysql("select * from `users` where `id` = ? for update", 1)
        .mariadb("select * from `users` where `id` = ? for update", 1)
        .h2("select * from \"users\" where \"id\" = $1 for update", 1);
  }

  @Test
  void sharedLockUsesEachDialectsSpellingAndAnUpdateLockOnH2() {
    Snapshot.select(QueryBuilder::sharedLock)
        .postgres("select * from \"users\" for share")
        .mysql("select * from `users` for share")
        .mariadb("select * from `users` lock in share mode")
        .h2("select * from \"users\" for update");
  }
}
