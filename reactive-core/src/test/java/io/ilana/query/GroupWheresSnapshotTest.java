package io.ilana.query;

import org.junit.jupiter.api.Test;

class GroupWheresSnapshotTest {

  @Test
  void groupWheresKeepsAnOrInsideParenthesesBeforeLaterConditions() {
    Snapshot.select(q -> q.where("a", 1).orWhere("b", 2).groupWheres().whereNull("deleted_at"))
        .postgres(
            "select * from \"users\" where (\"a\" = $1 or \"b\" = $2) and \"deleted_at\" is null",
            1,
            2)
        .mysql("select * from `users` where (`a` = ? or `b` = ?) and `deleted_at` is null", 1, 2)
        .mariadb("select * from `users` where (`a` = ? or `b` = ?) and `deleted_at` is null", 1, 2)
        .h2(
            "select * from \"users\" where (\"a\" = $1 or \"b\" = $2) and \"deleted_at\" is null",
            1,
            2);
  }

  @Test
  void groupWheresWithoutConditionsChangesNothing() {
    Snapshot.select(q -> q.groupWheres().where("a", 1))
        .postgres("select * from \"users\" where \"a\" = $1", 1)
        .mysql("select * from `users` where `a` = ?", 1)
        .mariadb("select * from `users` where `a` = ?", 1)
        .h2("select * from \"users\" where \"a\" = $1", 1);
  }
}
