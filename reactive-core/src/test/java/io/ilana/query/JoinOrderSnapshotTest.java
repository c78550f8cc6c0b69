package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidIdentifierException;
import org.junit.jupiter.api.Test;

class JoinOrderSnapshotTest {

  @Test
  void joinComparesColumnsOfBothTables() {
    Snapshot.select(
            q ->
                q.join("posts", "posts.user_id", "users.id")
                    .leftJoin("teams as t", "t.id", "=", "users.team_id")
                    .rightJoin("roles", "roles.id", "users.role_id")
                    .crossJoin("colors"))
        .postgres(
            "select * from \"users\" inner join \"posts\" on \"posts\".\"user_id\" = \"users\".\"id\" left join \"teams\" as \"t\" on \"t\".\"id\" = \"users\".\"team_id\" right join \"roles\" on \"roles\".\"id\" = \"users\".\"role_id\" cross join \"colors\"")
        .mysql(
            "select * from `users` inner join `posts` on `posts`.`user_id` = `users`.`id` left join `teams` as `t` on `t`.`id` = `users`.`team_id` right join `roles` on `roles`.`id` = `users`.`role_id` cross join `colors`")
        .mariadb(
            "select * from `users` inner join `posts` on `posts`.`user_id` = `users`.`id` left join `teams` as `t` on `t`.`id` = `users`.`team_id` right join `roles` on `roles`.`id` = `users`.`role_id` cross join `colors`")
        .h2(
            "select * from \"users\" inner join \"posts\" on \"posts\".\"user_id\" = \"users\".\"id\" left join \"teams\" as \"t\" on \"t\".\"id\" = \"users\".\"team_id\" right join \"roles\" on \"roles\".\"id\" = \"users\".\"role_id\" cross join \"colors\"");
  }

  @Test
  void joinWithAClosureMixesColumnAndValueConditions() {
    Snapshot.select(
            q ->
                q.join(
                    "posts",
                    j ->
                        j.on("posts.user_id", "users.id")
                            .orOn("posts.editor_id", "=", "users.id")
                            .where("posts.published", true)))
        .postgres(
            "select * from \"users\" inner join \"posts\" on \"posts\".\"user_id\" = \"users\".\"id\" or \"posts\".\"editor_id\" = \"users\".\"id\" and \"posts\".\"published\" = $1",
            true)
        .mysql(
            "select * from `users` inner join `posts` on `posts`.`user_id` = `users`.`id` or `posts`.`editor_id` = `users`.`id` and `posts`.`published` = ?",
            true)
        .mariadb(
            "select * from `users` inner join `posts` on `posts`.`user_id` = `users`.`id` or `posts`.`editor_id` = `users`.`id` and `posts`.`published` = ?",
            true)
        .h2(
            "select * from \"users\" inner join \"posts\" on \"posts\".\"user_id\" = \"users\".\"id\" or \"posts\".\"editor_id\" = \"users\".\"id\" and \"posts\".\"published\" = $1",
            true);
  }

  @Test
  void joinSubJoinsADerivedTableAndBindsItsValuesFirst() {
    Snapshot.of(
            d ->
                QueryBuilder.forDialect(d)
                    .from("users")
                    .joinSub(
                        QueryBuilder.forDialect(d).from("posts").select("user_id").where("v", 1),
                        "p",
                        "p.user_id",
                        "=",
                        "users.id")
                    .where("users.a", 2)
                    .compile())
        .postgres(
            "select * from \"users\" inner join (select \"user_id\" from \"posts\" where \"v\" = $1) as \"p\" on \"p\".\"user_id\" = \"users\".\"id\" where \"users\".\"a\" = $2",
            1,
            2)
        .mysql(
            "select * from `users` inner join (select `user_id` from `posts` where `v` = ?) as `p` on `p`.`user_id` = `users`.`id` where `users`.`a` = ?",
            1,
            2)
        .mariadb(
            "select * from `users` inner join (select `user_id` from `posts` where `v` = ?) as `p` on `p`.`user_id` = `users`.`id` where `users`.`a` = ?",
            1,
            2)
        .h2(
            "select * from \"users\" inner join (select \"user_id\" from \"posts\" where \"v\" = $1) as \"p\" on \"p\".\"user_id\" = \"users\".\"id\" where \"users\".\"a\" = $2",
            1,
            2);
  }

  @Test
  void joinSubWithAClosureMatchesAGroupedSubQueryOnSeveralColumnsBindingInOrder() {
    Snapshot.of(
            d ->
                QueryBuilder.forDialect(d)
                    .from("posts")
                    .joinSub(
                        QueryBuilder.forDialect(d)
                            .from("posts")
                            .select("user_id")
                            .selectRaw("max(votes) as top")
                            .where("draft", false)
                            .groupBy("user_id")
                            .havingRaw("max(votes) > ?", 1),
                        "best",
                        on ->
                            on.on("best.user_id", "posts.user_id")
                                .on("best.top", "posts.votes")
                                .where("best.top", ">", 3))
                    .where("posts.title", "like", "a%")
                    .compile())
        .postgres(
            "select * from \"posts\" inner join (select \"user_id\", max(votes) as top from \"posts\" where \"draft\" = $1 group by \"user_id\" having max(votes) > $2) as \"best\" on \"best\".\"user_id\" = \"posts\".\"user_id\" and \"best\".\"top\" = \"posts\".\"votes\" and \"best\".\"top\" > $3 where \"posts\".\"title\" like $4",
            false,
            1,
            3,
            "a%")
        .mysql(
            "select * from `posts` inner join (select `user_id`, max(votes) as top from `posts` where `draft` = ? group by `user_id` having max(votes) > ?) as `best` on `best`.`user_id` = `posts`.`user_id` and `best`.`top` = `posts`.`votes` and `best`.`top` > ? where `posts`.`title` like ?",
            false,
            1,
            3,
            "a%")
        .mariadb(
            "select * from `posts` inner join (select `user_id`, max(votes) as top from `posts` where `draft` = ? group by `user_id` having max(votes) > ?) as `best` on `best`.`user_id` = `posts`.`user_id` and `best`.`top` = `posts`.`votes` and `best`.`top` > ? where `posts`.`title` like ?",
            false,
            1,
            3,
            "a%")
        .h2(
            "select * from \"posts\" inner join (select \"user_id\", max(votes) as top from \"posts\" where \"draft\" = $1 group by \"user_id\" having max(votes) > $2) as \"best\" on \"best\".\"user_id\" = \"posts\".\"user_id\" and \"best\".\"top\" = \"posts\".\"votes\" and \"best\".\"top\" > $3 where \"posts\".\"title\" like CAST($4 AS VARCHAR)",
            false,
            1,
            3,
            "a%");
  }

  @Test
  void leftJoinSubWithAClosureWritesALeftJoin() {
    Snapshot.select(
            q ->
                q.leftJoinSub(
                    QueryBuilder.forDialect(Snapshot.POSTGRES).from("posts").select("user_id"),
                    "p",
                    on -> on.on("p.user_id", "users.id")))
        .postgres(
            "select * from \"users\" left join (select \"user_id\" from \"posts\") as \"p\" on \"p\".\"user_id\" = \"users\".\"id\"")
        .mysql(
            "select * from `users` left join (select `user_id` from `posts`) as `p` on `p`.`user_id` = `users`.`id`")
        .mariadb(
            "select * from `users` left join (select `user_id` from `posts`) as `p` on `p`.`user_id` = `users`.`id`")
        .h2(
            "select * from \"users\" left join (select \"user_id\" from \"posts\") as \"p\" on \"p\".\"user_id\" = \"users\".\"id\"");
  }

  @Test
  void joinSubWithAClosureValidatesTheAlias() {
    QueryBuilder sub = QueryBuilder.forDialect(Snapshot.POSTGRES).from("posts");
    assertThatThrownBy(
            () ->
                QueryBuilder.forDialect(Snapshot.POSTGRES)
                    .from("users")
                    .joinSub(sub, "p; drop table users", on -> on.on("p.id", "users.id")))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid alias name \"p; drop table users\" in joinSub().");
  }

  @Test
  void groupByAndHavingComeAfterWhere() {
    Snapshot.select(
            q ->
                q.select("role")
                    .selectRaw("count(*) as count")
                    .where("active", true)
                    .groupBy("role")
                    .having("count", ">", 10)
                    .havingRaw("sum(age) < ?", 100))
        .postgres(
            "select \"role\", count(*) as count from \"users\" where \"active\" = $1 group by \"role\" having \"count\" > $2 and sum(age) < $3",
            true,
            10,
            100)
        .mysql(
            "select `role`, count(*) as count from `users` where `active` = ? group by `role` having `count` > ? and sum(age) < ?",
            true,
            10,
            100)
        .mariadb(
            "select `role`, count(*) as count from `users` where `active` = ? group by `role` having `count` > ? and sum(age) < ?",
            true,
            10,
            100)
        .h2(
            "select \"role\", count(*) as count from \"users\" where \"active\" = $1 group by \"role\" having \"count\" > $2 and sum(age) < $3",
            true,
            10,
            100);
  }

  @Test
  void orderByAcceptsDirectionsInAnyCase() {
    Snapshot.select(
            q ->
                q.orderBy("name")
                    .orderBy("age", "DESC")
                    .orderByDesc("id")
                    .latest()
                    .oldest("updated_at"))
        .postgres(
            "select * from \"users\" order by \"name\" asc, \"age\" desc, \"id\" desc, \"created_at\" desc, \"updated_at\" asc")
        .mysql(
            "select * from `users` order by `name` asc, `age` desc, `id` desc, `created_at` desc, `updated_at` asc")
        .mariadb(
            "select * from `users` order by `name` asc, `age` desc, `id` desc, `created_at` desc, `updated_at` asc")
        .h2(
            "select * from \"users\" order by \"name\" asc, \"age\" desc, \"id\" desc, \"created_at\" desc, \"updated_at\" asc");
  }

  @Test
  void orderByRawRandomAndReorder() {
    Snapshot.select(q -> q.orderBy("x").reorder().orderByRaw("field(id, ?)", 3).inRandomOrder())
        .postgres("select * from \"users\" order by field(id, $1), random()", 3)
        .mysql("select * from `users` order by field(id, ?), rand()", 3)
        .mariadb("select * from `users` order by field(id, ?), rand()", 3)
        .h2("select * from \"users\" order by field(id, $1), random()", 3);
  }

  @Test
  void limitAndOffsetAreWrittenAsNumbers() {
    Snapshot.select(q -> q.limit(10).offset(20))
        .postgres("select * from \"users\" limit 10 offset 20")
        .mysql("select * from `users` limit 10 offset 20")
        .mariadb("select * from `users` limit 10 offset 20")
        .h2("select * from \"users\" limit 10 offset 20");
  }

  @Test
  void anOffsetWithoutLimitGetsMysqlsNoLimitValue() {
    Snapshot.select(q -> q.skip(5))
        .postgres("select * from \"users\" offset 5")
        .mysql("select * from `users` limit 18446744073709551615 offset 5")
        .mariadb("select * from `users` limit 18446744073709551615 offset 5")
        .h2("select * from \"users\" offset 5");
  }

  @Test
  void forPageSkipsThePagesBefore() {
    Snapshot.select(q -> q.forPage(3, 15).take(15))
        .postgres("select * from \"users\" limit 15 offset 30")
        .mysql("select * from `users` limit 15 offset 30")
        .mariadb("select * from `users` limit 15 offset 30")
        .h2("select * from \"users\" limit 15 offset 30");
  }
}
