package io.ilana.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ilana.db.DatabaseManager;
import io.ilana.error.QueryException;
import io.ilana.model.Model;
import io.ilana.model.ModelType;
import io.ilana.model.cast.Cast;
import io.ilana.model.cast.Casts;
import io.ilana.model.cast.EncryptedCast;
import io.ilana.model.cast.EncryptionKey;
import io.ilana.model.cast.Keyring;
import io.ilana.query.Query;
import io.ilana.schema.Blueprint;
import io.ilana.schema.Schema;
import io.ilana.schema.TestConnections;
import io.ilana.testkit.TestDatabase;
import io.ilana.testkit.TestDatabases;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in cast on every column type the schema builder offers for it, on every database: a
 * value written through the model reads back equal through the model, the query builder and raw SQL
 * (instants to the column's precision; JSON as the same document). One table per database holds a
 * column per pairing; each case writes its own row.
 */
class CastRoundTripMatrixTest {
  static final String TABLE = "v_cast_matrix";
  static final Keyring KEYS = Keyring.of(EncryptionKey.generate("matrix"));
  static final ObjectMapper JSON = new ObjectMapper();

  enum Color {
    RED,
    GREEN
  }

  /** How a value read without the cast (builder, raw SQL) compares with the value written. */
  enum Kind {
    INSTANT,
    DATE,
    BOOLEAN,
    WHOLE,
    REAL,
    EXACT,
    TEXT,
    DOCUMENT,
    NAME,
    CIPHERTEXT
  }

  /**
   * One pairing: the column (named for the cast and the column type), how the schema builder makes
   * it, the cast, the value written and how raw reads compare.
   */
  record Pairing(
      String column, BiConsumer<Blueprint, String> type, Cast<?> cast, Object value, Kind kind) {
    @Override
    public String toString() {
      return column;
    }

    /** The fractional-second digits the column keeps on this database (instants only). */
    int precision(String dialect) {
      if (column.endsWith("3")) {
        return 3;
      }
      if (column.endsWith("6")) {
        return 6;
      }
      // Without a precision MySQL and MariaDB keep whole seconds; PostgreSQL and H2 microseconds.
      return dialect.equals("mysql") || dialect.equals("mariadb") ? 0 : 6;
    }
  }

  static final Instant AT = Instant.parse("2024-01-15T12:34:56.123456Z");
  static final Map<String, Object> DOCUMENT =
      Map.of("a", 1, "list", List.of(true, "x", 2.5), "nested", Map.of("é", "✓"));
  static final List<Object> LIST = List.of(1, "two", Map.of("three", 3));
  static final String TEXT = "héllo ✓ 𝄞 'quoted' \\ back \"double\"";

  static final List<Pairing> PAIRINGS =
      List.of(
          new Pairing(
              "date_date", Blueprint::date, Casts.DATE, LocalDate.of(2024, 2, 29), Kind.DATE),
          new Pairing("datetime_timestamp", Blueprint::timestamp, Casts.DATETIME, AT, Kind.INSTANT),
          new Pairing(
              "datetime_timestamp3", (t, c) -> t.timestamp(c, 3), Casts.DATETIME, AT, Kind.INSTANT),
          new Pairing(
              "datetime_timestamp6", (t, c) -> t.timestamp(c, 6), Casts.DATETIME, AT, Kind.INSTANT),
          new Pairing("datetime_datetime", Blueprint::datetime, Casts.DATETIME, AT, Kind.INSTANT),
          new Pairing(
              "datetime_datetime6", (t, c) -> t.datetime(c, 6), Casts.DATETIME, AT, Kind.INSTANT),
          new Pairing(
              "datetime_timestamptz", Blueprint::timestampTz, Casts.DATETIME, AT, Kind.INSTANT),
          new Pairing(
              "boolean_boolean", Blueprint::booleanColumn, Casts.BOOLEAN, true, Kind.BOOLEAN),
          new Pairing(
              "boolean_tinyinteger", Blueprint::tinyInteger, Casts.BOOLEAN, false, Kind.BOOLEAN),
          new Pairing("boolean_integer", Blueprint::integer, Casts.BOOLEAN, true, Kind.BOOLEAN),
          new Pairing(
              "integer_integer", Blueprint::integer, Casts.INTEGER, 2_147_483_647L, Kind.WHOLE),
          new Pairing(
              "integer_biginteger",
              Blueprint::bigInteger,
              Casts.INTEGER,
              Long.MAX_VALUE,
              Kind.WHOLE),
          new Pairing(
              "integer_smallinteger", Blueprint::smallInteger, Casts.INTEGER, -32_768L, Kind.WHOLE),
          new Pairing(
              "integer_tinyinteger", Blueprint::tinyInteger, Casts.INTEGER, 127L, Kind.WHOLE),
          new Pairing(
              "integer_mediuminteger",
              Blueprint::mediumInteger,
              Casts.INTEGER,
              8_388_607L,
              Kind.WHOLE),
          new Pairing(
              "number_decimal",
              (t, c) -> t.decimal(c, 12, 4),
              Casts.NUMBER,
              12345678.1234,
              Kind.REAL),
          new Pairing("number_double", Blueprint::doubleColumn, Casts.NUMBER, 1234.5678, Kind.REAL),
          new Pairing("float_double", Blueprint::doubleColumn, Casts.FLOAT, 0.1, Kind.REAL),
          new Pairing("float_float", Blueprint::floatColumn, Casts.FLOAT, 1.5, Kind.REAL),
          new Pairing("float_real", Blueprint::real, Casts.FLOAT, -0.25, Kind.REAL),
          new Pairing(
              "decimal_decimal",
              (t, c) -> t.decimal(c, 20, 6),
              Casts.DECIMAL,
              new BigDecimal("12345678901234.123456"),
              Kind.EXACT),
          new Pairing(
              "decimal2_decimal",
              (t, c) -> t.decimal(c, 10, 2),
              Casts.decimal(2),
              new BigDecimal("19.99"),
              Kind.EXACT),
          new Pairing("string_string", Blueprint::string, Casts.STRING, TEXT, Kind.TEXT),
          new Pairing("string_varchar", (t, c) -> t.varchar(c, 60), Casts.STRING, TEXT, Kind.TEXT),
          new Pairing(
              "string_char", (t, c) -> t.charColumn(c, 5), Casts.STRING, "abcdé", Kind.TEXT),
          new Pairing("string_text", Blueprint::text, Casts.STRING, TEXT, Kind.TEXT),
          new Pairing("string_mediumtext", Blueprint::mediumText, Casts.STRING, TEXT, Kind.TEXT),
          new Pairing("string_longtext", Blueprint::longText, Casts.STRING, TEXT, Kind.TEXT),
          new Pairing("json_json", Blueprint::json, Casts.JSON, DOCUMENT, Kind.DOCUMENT),
          new Pairing("json_jsonb", Blueprint::jsonb, Casts.JSON, LIST, Kind.DOCUMENT),
          new Pairing("json_text", Blueprint::text, Casts.JSON, DOCUMENT, Kind.DOCUMENT),
          new Pairing("object_json", Blueprint::json, Casts.OBJECT, DOCUMENT, Kind.DOCUMENT),
          new Pairing("object_jsonb", Blueprint::jsonb, Casts.OBJECT, DOCUMENT, Kind.DOCUMENT),
          new Pairing("object_text", Blueprint::text, Casts.OBJECT, DOCUMENT, Kind.DOCUMENT),
          new Pairing("array_json", Blueprint::json, Casts.ARRAY, LIST, Kind.DOCUMENT),
          new Pairing("array_jsonb", Blueprint::jsonb, Casts.ARRAY, LIST, Kind.DOCUMENT),
          new Pairing("array_text", Blueprint::text, Casts.ARRAY, LIST, Kind.DOCUMENT),
          new Pairing(
              "enum_enum",
              (t, c) -> t.enumColumn(c, List.of("RED", "GREEN")),
              Casts.enumOf(Color.class),
              Color.GREEN,
              Kind.NAME),
          new Pairing(
              "enum_string", Blueprint::string, Casts.enumOf(Color.class), Color.RED, Kind.NAME),
          new Pairing(
              "encrypted_text", Blueprint::text, EncryptedCast.of(KEYS), TEXT, Kind.CIPHERTEXT),
          new Pairing(
              "encryptedjson_text",
              Blueprint::text,
              EncryptedCast.json(KEYS),
              DOCUMENT,
              Kind.CIPHERTEXT));

  static final class Row extends Model<Row> {
    static final ModelType<Row> TYPE = declare();

    private static ModelType<Row> declare() {
      ModelType<Row> type = ModelType.of(Row.class, Row::new).table(TABLE);
      List<String> fillable = new ArrayList<>();
      for (Pairing pairing : PAIRINGS) {
        type.cast(pairing.column(), pairing.cast());
        fillable.add(pairing.column());
      }
      return type.fillable(fillable.toArray(String[]::new));
    }
  }

  private static final Map<String, DatabaseManager> MANAGERS = new HashMap<>();

  static Stream<Arguments> pairings() {
    return TestDatabases.all().stream()
        .flatMap(database -> PAIRINGS.stream().map(pairing -> Arguments.of(database, pairing)));
  }

  @AfterAll
  static void closeAll() {
    MANAGERS.values().forEach(manager -> manager.close().block());
    MANAGERS.clear();
  }

  /** The database's manager, its matrix table created on first use. */
  private static synchronized DatabaseManager manager(TestDatabase database) {
    return MANAGERS.computeIfAbsent(
        database.dialect(),
        dialect -> {
          DatabaseManager manager = TestConnections.open(database);
          Schema schema = Schema.on(manager.connection());
          schema.dropTableIfExists(TABLE).block();
          schema
              .createTable(
                  TABLE,
                  t -> {
                    t.increments("id");
                    for (Pairing pairing : PAIRINGS) {
                      pairing.type().accept(t, pairing.column());
                      t.columns().get(t.columns().size() - 1).nullable();
                    }
                  })
              .block();
          return manager;
        });
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("pairings")
  void aValueWrittenThroughTheModelReadsBackEqualEveryWay(TestDatabase database, Pairing pairing) {
    DatabaseManager manager = manager(database);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put(pairing.column(), pairing.value());
    if (pairing.kind() == Kind.BOOLEAN
        && !pairing.column().equals("boolean_boolean")
        && database.dialect().equals("postgres")) {
      // PostgreSQL does not take a boolean into an integer column (README: use booleanColumn()).
      assertThatThrownBy(() -> Row.TYPE.query(manager).create(attributes).block())
          .isInstanceOfSatisfying(
              QueryException.class, e -> assertThat(e.sqlState()).isEqualTo("42804"));
      return;
    }
    Row written = Row.TYPE.query(manager).create(attributes).block();

    Object throughModel =
        Row.TYPE.query(manager).find(written.getKey()).block().get(pairing.column());
    Object throughBuilder =
        Query.table(manager.connection(), TABLE)
            .where("id", written.getKey())
            .first()
            .block()
            .get(pairing.column());
    Object throughRawSql =
        manager
            .select(
                "select "
                    + pairing.column()
                    + " from "
                    + TABLE
                    + " where id = "
                    + manager.connection().dialect().bindMarker(1),
                written.getKey())
            .blockFirst()
            .get(pairing.column());

    String dialect = database.dialect();
    assertThat(modelForm(throughModel))
        .as("through the model")
        .isEqualTo(expected(pairing, dialect));
    if (pairing.kind() == Kind.CIPHERTEXT) {
      assertThat(String.valueOf(throughBuilder)).as("stored").doesNotContain("héllo");
      assertThat(throughRawSql).as("through raw SQL").isEqualTo(throughBuilder);
      return;
    }
    assertThat(storedForm(pairing.kind(), throughBuilder))
        .as("through the query builder (%s)", typeOf(throughBuilder))
        .isEqualTo(expected(pairing, dialect));
    assertThat(storedForm(pairing.kind(), throughRawSql))
        .as("through raw SQL (%s)", typeOf(throughRawSql))
        .isEqualTo(expected(pairing, dialect));
  }

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getName();
  }

  /** The value written, as the model should give it back, in a form that compares by value. */
  private static Object expected(Pairing pairing, String dialect) {
    Object value = pairing.value();
    if (pairing.kind() == Kind.INSTANT) {
      return Instant.ofEpochSecond(
          AT.getEpochSecond(), truncatedNanos(AT.getNano(), pairing.precision(dialect)));
    }
    return modelForm(value);
  }

  private static long truncatedNanos(int nanos, int digits) {
    long unit = (long) Math.pow(10, 9 - digits);
    return nanos / unit * unit;
  }

  /** A model's value in a form that compares by value: exact numbers and documents normalised. */
  private static Object modelForm(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return document(value);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Number number && !(value instanceof Double)) {
      return number instanceof Long ? number : Long.valueOf(number.longValue());
    }
    return value;
  }

  /** A value as the driver gives it (no cast), brought to the form {@link #modelForm} gives. */
  private static Object storedForm(Kind kind, Object value) {
    return switch (kind) {
      case INSTANT -> instant(value);
      case DATE -> value;
      case BOOLEAN -> value instanceof Number number ? number.intValue() != 0 : value;
      case WHOLE -> ((Number) value).longValue();
      case REAL -> ((Number) value).doubleValue();
      case EXACT -> new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
      case TEXT, NAME, CIPHERTEXT -> value;
      case DOCUMENT -> document(value);
    };
  }

  /** A zone-less value is the UTC wall-clock time; a zoned one carries its instant. */
  private static Instant instant(Object value) {
    if (value instanceof LocalDateTime local) {
      return local.toInstant(ZoneOffset.UTC);
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    return (Instant) value;
  }

  private static JsonNode document(Object value) {
    try {
      if (value instanceof byte[] bytes) {
        return JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
      }
      if (value instanceof String text) {
        return JSON.readTree(text);
      }
      // Through its text, so that an Integer and a Long of the same value are the same node.
      return JSON.readTree(JSON.writeValueAsString(value));
    } catch (java.io.IOException e) {
      throw new AssertionError("not a JSON document: " + Arrays.toString(new Object[] {value}), e);
    }
  }
}
