package io.ilana.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.dialect.Dialect;
import io.ilana.error.InvalidDirectionException;
import io.ilana.error.InvalidIdentifierException;
import io.ilana.error.InvalidOperatorException;
import io.ilana.error.InvalidValueException;
import io.ilana.query.parts.Column;
import io.ilana.sql.Secret;
import io.ilana.testkit.HostileInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class HostileInputTest {

  /** Every builder method that takes an identifier, by name. */
  static final Map<String, BiConsumer<QueryBuilder, String>> IDENTIFIER_METHODS =
      new LinkedHashMap<>();

  static final Map<String, BiConsumer<QueryBuilder, String>> OPERATOR_METHODS =
      new LinkedHashMap<>();

  static final Map<String, BiConsumer<QueryBuilder, String>> DIRECTION_METHODS =
      new LinkedHashMap<>();

  static {
    Map<String, BiConsumer<QueryBuilder, String>> m = IDENTIFIER_METHODS;
    m.put("select", (q, s) -> q.select(s));
    m.put("addSelect", (q, s) -> q.addSelect(s));
    m.put("selectSub", (q, s) -> q.selectSub(x -> x.from("t"), s));
    m.put("from", (q, s) -> q.from(s));
    m.put("table", (q, s) -> q.table(s));
    m.put("fromSub", (q, s) -> q.fromSub(q, s));
    m.put("where", (q, s) -> q.where(s, 1));
    m.put("where(op)", (q, s) -> q.where(s, "=", 1));
    m.put("orWhere", (q, s) -> q.orWhere(s, 1));
    m.put("whereNot", (q, s) -> q.whereNot(x -> x.where(s, 1)));
    m.put("whereIn", (q, s) -> q.whereIn(s, List.of(1)));
    m.put("whereInSub", (q, s) -> q.whereIn(s, q));
    m.put("whereNotIn", (q, s) -> q.whereNotIn(s, List.of(1)));
    m.put("orWhereIn", (q, s) -> q.orWhereIn(s, List.of(1)));
    m.put("whereNull", (q, s) -> q.whereNull(s));
    m.put("whereNotNull", (q, s) -> q.whereNotNull(s));
    m.put("orWhereNull", (q, s) -> q.orWhereNull(s));
    m.put("whereBetween", (q, s) -> q.whereBetween(s, 1, 2));
    m.put("whereNotBetween", (q, s) -> q.whereNotBetween(s, 1, 2));
    m.put("whereColumn(first)", (q, s) -> q.whereColumn(s, "a"));
    m.put("whereColumn(second)", (q, s) -> q.whereColumn("a", "=", s));
    m.put("whereJsonContains", (q, s) -> q.whereJsonContains(s, 1));
    m.put("whereJsonLength", (q, s) -> q.whereJsonLength(s, 1));
    m.put("whereDate", (q, s) -> q.whereDate(s, "2020-01-01"));
    m.put("whereTime", (q, s) -> q.whereTime(s, "=", "10:00"));
    m.put("whereYear", (q, s) -> q.whereYear(s, 2020));
    m.put("whereMonth", (q, s) -> q.whereMonth(s, 1));
    m.put("whereDay", (q, s) -> q.whereDay(s, 1));
    m.put("whereExists", (q, s) -> q.whereExists(x -> x.from(s)));
    m.put("join(table)", (q, s) -> q.join(s, "a.id", "b.id"));
    m.put("join(first)", (q, s) -> q.join("t", s, "b.id"));
    m.put("join(second)", (q, s) -> q.join("t", "a.id", "=", s));
    m.put("join(on)", (q, s) -> q.join("t", j -> j.on(s, "b.id")));
    m.put("join(orOn)", (q, s) -> q.join("t", j -> j.orOn("a.id", "=", s)));
    m.put("join(where)", (q, s) -> q.join("t", j -> j.where(s, 1)));
    m.put("leftJoin", (q, s) -> q.leftJoin(s, "a.id", "b.id"));
    m.put("rightJoin", (q, s) -> q.rightJoin("t", s, "b.id"));
    m.put("crossJoin", (q, s) -> q.crossJoin(s));
    m.put("joinSub", (q, s) -> q.joinSub(q, s, "a.id", "=", "b.id"));
    m.put("joinSub(alias, on)", (q, s) -> q.joinSub(q, s, j -> j.on("a.id", "b.id")));
    m.put("joinSub(on)", (q, s) -> q.joinSub(q, "s", j -> j.on(s, "b.id")));
    m.put("leftJoinSub(alias, on)", (q, s) -> q.leftJoinSub(q, s, j -> j.on("a.id", "b.id")));
    m.put("groupBy", (q, s) -> q.groupBy(s));
    m.put("having", (q, s) -> q.having(s, ">", 1));
    m.put("orderBy", (q, s) -> q.orderBy(s));
    m.put("orderByDesc", (q, s) -> q.orderByDesc(s));
    m.put("latest", (q, s) -> q.latest(s));
    m.put("oldest", (q, s) -> q.oldest(s));
    m.put("reorder", (q, s) -> q.reorder(s, "asc"));
    m.put("Column.ref", (q, s) -> q.where("a", Column.ref(s)));
    m.put("value", (q, s) -> q.value(s));
    m.put("pluck", (q, s) -> q.pluck(s));
    m.put("pluck(key)", (q, s) -> q.pluck("a", s));
    m.put("count", (q, s) -> q.count(s));
    m.put("sum", (q, s) -> q.sum(s));
    m.put("avg", (q, s) -> q.avg(s));
    m.put("min", (q, s) -> q.min(s));
    m.put("max", (q, s) -> q.max(s));
    m.put("insert", (q, s) -> q.insert(Map.of(s, 1)));
    m.put("insertGetId", (q, s) -> q.insertGetId(Map.of("a", 1), s));
    m.put("insertOrIgnore", (q, s) -> q.insertOrIgnore(List.of(Map.of(s, 1))));
    m.put(
        "upsert(uniqueBy)", (q, s) -> q.upsert(List.of(Map.of("a", 1)), List.of(s), List.of("a")));
    m.put("upsert(update)", (q, s) -> q.upsert(List.of(Map.of("a", 1)), List.of("a"), List.of(s)));
    m.put("update", (q, s) -> q.update(Map.of(s, 1)));
    m.put("increment", (q, s) -> q.increment(s, 1));
    m.put("decrement", (q, s) -> q.decrement(s, 1));

    OPERATOR_METHODS.put("where", (q, op) -> q.where("a", op, 1));
    OPERATOR_METHODS.put("orWhere", (q, op) -> q.orWhere("a", op, 1));
    OPERATOR_METHODS.put("whereColumn", (q, op) -> q.whereColumn("a", op, "b"));
    OPERATOR_METHODS.put("orWhereColumn", (q, op) -> q.orWhereColumn("a", op, "b"));
    OPERATOR_METHODS.put("whereJsonLength", (q, op) -> q.whereJsonLength("a", op, 1));
    OPERATOR_METHODS.put("whereDate", (q, op) -> q.whereDate("a", op, "2020-01-01"));
    OPERATOR_METHODS.put("whereYear", (q, op) -> q.whereYear("a", op, 2020));
    OPERATOR_METHODS.put("having", (q, op) -> q.having("a", op, 1));
    OPERATOR_METHODS.put("orHaving", (q, op) -> q.orHaving("a", op, 1));
    OPERATOR_METHODS.put("join", (q, op) -> q.join("t", "a.id", op, "b.id"));
    OPERATOR_METHODS.put("joinSub", (q, op) -> q.joinSub(q, "s", "a.id", op, "b.id"));
    OPERATOR_METHODS.put(
        "joinSub(on)", (q, op) -> q.joinSub(q, "s", j -> j.on("a.id", op, "b.id")));
    OPERATOR_METHODS.put("join(on)", (q, op) -> q.join("t", j -> j.on("a.id", op, "b.id")));

    DIRECTION_METHODS.put("orderBy", (q, dir) -> q.orderBy("a", dir));
    DIRECTION_METHODS.put("reorder", (q, dir) -> q.reorder("a", dir));
  }

  private static QueryBuilder base(RecordingConnection connection) {
    return QueryBuilder.on(connection).from("users");
  }

  /** Pushes every input through every method on every dialect; returns what got through. */
  private static List<String> accepted(
      Map<String, BiConsumer<QueryBuilder, String>> methods,
      List<String> inputs,
      Class<? extends RuntimeException> expected) {
    List<String> escaped = new ArrayList<>();
    for (Dialect dialect : Snapshot.ALL) {
      RecordingConnection connection = new RecordingConnection(dialect);
      QueryBuilder query = base(connection);
      methods.forEach(
          (name, method) -> {
            for (String input : inputs) {
              try {
                method.accept(query, input);
                escaped.add(dialect + " " + name + " accepted " + printable(input));
              } catch (RuntimeException e) {
                if (!expected.isInstance(e)) {
                  escaped.add(dialect + " " + name + " threw " + e + " for " + printable(input));
                }
              }
            }
          });
      assertThat(connection.statements).as("statements sent").isEmpty();
    }
    return escaped;
  }

  private static String printable(String input) {
    StringBuilder out = new StringBuilder();
    input
        .codePoints()
        .forEach(
            cp ->
                out.append(
                    cp < 0x20 || cp > 0x7e
                        ? String.format("\\u%04X", cp)
                        : Character.toString(cp)));
    return out.toString();
  }

  @Test
  void atLeastFiveHundredHostileIdentifiersAreGenerated() {
    assertThat(HostileInput.identifiers()).hasSizeGreaterThanOrEqualTo(500);
    assertThat(HostileInput.operators().size() + HostileInput.directions().size())
        .isGreaterThan(400);
  }

  @Test
  void everyHostileIdentifierIsRejectedByEveryMethodOnEveryDialect() {
    assertThat(
            accepted(
                IDENTIFIER_METHODS, HostileInput.identifiers(), InvalidIdentifierException.class))
        .isEmpty();
  }

  @Test
  void everyHostileOperatorIsRejectedByEveryMethodOnEveryDialect() {
    assertThat(accepted(OPERATOR_METHODS, HostileInput.operators(), InvalidOperatorException.class))
        .isEmpty();
  }

  @Test
  void everyHostileDirectionIsRejectedByEveryMethodOnEveryDialect() {
    assertThat(
            accepted(DIRECTION_METHODS, HostileInput.directions(), InvalidDirectionException.class))
        .isEmpty();
  }

  @Test
  void aRejectedColumnNamesTheInputAndTheMethod() {
    QueryBuilder query = QueryBuilder.forDialect(Snapshot.MYSQL).from("users");
    assertThatThrownBy(() -> query.where("na;me", 1))
        .isInstanceOf(InvalidIdentifierException.class)
        .hasMessage("Invalid column name \"na;me\" in where().");
    assertThatThrownBy(() -> query.from("users; drop"))
        .hasMessage("Invalid table name \"users; drop\" in from().");
    assertThatThrownBy(() -> query.fromSub(query, "a b"))
        .hasMessage("Invalid alias name \"a b\" in fromSub().");
  }

  @Test
  void controlCharactersInARejectedNameAreEscapedInTheMessage() {
    QueryBuilder query = QueryBuilder.forDialect(Snapshot.H2).from("users");
    assertThatThrownBy(() -> query.orderBy("a\0b\u202E"))
        .hasMessage("Invalid column name \"a\\u0000b\\u202E\" in orderBy().");
  }

  @Test
  void aRejectedOperatorAndDirectionNameTheInputAndTheMethod() {
    QueryBuilder query = QueryBuilder.forDialect(Snapshot.POSTGRES).from("users");
    assertThatThrownBy(() -> query.where("a", "= 1 or 1 =", 1))
        .isInstanceOf(InvalidOperatorException.class)
        .hasMessage("Invalid operator \"= 1 or 1 =\" in where().");
    assertThatThrownBy(() -> query.orderBy("a", "desc; drop"))
        .isInstanceOf(InvalidDirectionException.class)
        .hasMessage("Invalid order direction \"desc; drop\" in orderBy(); expected asc or desc.");
  }

  @Test
  void unicodeLettersDigitsAndUnderscoresAreAllowedNames() {
    QueryBuilder query =
        QueryBuilder.forDialect(Snapshot.POSTGRES).from("café_2024").where("prénom", "x");
    assertThat(query.toSql()).isEqualTo("select * from \"café_2024\" where \"prénom\" = $1");
  }

  @Test
  void aMapWhereAValueIsExpectedIsRejected() {
    QueryBuilder query = QueryBuilder.forDialect(Snapshot.MYSQL).from("users");
    assertThatThrownBy(() -> query.where("name", Map.of("name", "admin")))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for name in where(): a Map where a single value is expected.");
  }

  @Test
  void collectionsAndArraysWhereAValueIsExpectedAreRejectedEverywhere() {
    QueryBuilder query = QueryBuilder.on(new RecordingConnection(Snapshot.MYSQL)).from("users");
    List<Runnable> attempts =
        List.of(
            () -> query.where("a", List.of(1)),
            () -> query.where("a", ">", new Object[] {1}),
            () -> query.orWhere("a", new int[] {1}),
            () -> query.whereIn("a", List.of(List.of(1))),
            () -> query.whereIn("a", List.of(Map.of("a", 1))),
            () -> query.whereBetween("a", List.of(1), 2),
            () -> query.having("a", "=", Map.of()),
            () -> query.whereRaw("a = ?", Map.of("x", 1)),
            () -> query.join("t", j -> j.where("a", Map.of())),
            () -> query.insert(Map.of("a", Map.of("b", 1))),
            () -> query.update(Map.of("a", List.of(1))),
            () -> query.where("a", java.util.Optional.of(1)),
            () -> query.where("a", Secret.of(Map.of())));
    for (Runnable attempt : attempts) {
      assertThatThrownBy(attempt::run).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void rawSqlWithTooFewBindingsIsRejected() {
    QueryBuilder query =
        QueryBuilder.forDialect(Snapshot.POSTGRES).from("u").whereRaw("a = ? and b = ?", 1);
    assertThatThrownBy(query::toSql)
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "Raw SQL \"a = ? and b = ?\" has a different number of ? placeholders than its 1 bindings.");
  }
}
