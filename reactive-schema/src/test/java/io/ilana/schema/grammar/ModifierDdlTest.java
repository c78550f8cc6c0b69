package io.ilana.schema.grammar;

import static io.ilana.schema.grammar.DdlSnapshots.assertCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidValueException;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.schema.SqlExpression;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ModifierDdlTest {

  @Test
  void notNullableAndNullableAreWrittenPerDialect() {
    assertCreate(
        t -> {
          t.string("a").notNullable();
          t.string("b").nullable();
        },
        "CREATE TABLE \"t\" (\"a\" VARCHAR(255) NOT NULL, \"b\" VARCHAR(255))",
        "CREATE TABLE `t` (`a` VARCHAR(255) NOT NULL, `b` VARCHAR(255) NULL)",
        "CREATE TABLE `t` (`a` VARCHAR(255) NOT NULL, `b` VARCHAR(255) NULL)",
        "CREATE TABLE \"t\" (\"a\" VARCHAR(255) NOT NULL, \"b\" VARCHAR(255))");
  }

  @Test
  void literalDefaultsAreEscapedForEachDialect() {
    assertCreate(
        t -> {
          t.string("role").defaultTo("it's \\ user");
          t.booleanColumn("active").defaultTo(true);
          t.integer("count").defaultTo(-3);
          t.decimal("price", 8, 2).defaultTo(new BigDecimal("1.50"));
          t.date("day").defaultTo(LocalDate.of(2024, 1, 2));
        },
        "CREATE TABLE \"t\" (\"role\" VARCHAR(255) DEFAULT E'it''s \\\\ user',"
            + " \"active\" BOOLEAN DEFAULT TRUE, \"count\" INTEGER DEFAULT -3,"
            + " \"price\" DECIMAL(8, 2) DEFAULT 1.50, \"day\" DATE DEFAULT '2024-01-02')",
        "CREATE TABLE `t` (`role` VARCHAR(255) NULL DEFAULT 'it''s \\\\ user',"
            + " `active` TINYINT(1) NULL DEFAULT 1, `count` INT NULL DEFAULT -3,"
            + " `price` DECIMAL(8, 2) NULL DEFAULT 1.50, `day` DATE NULL DEFAULT '2024-01-02')",
        "CREATE TABLE `t` (`role` VARCHAR(255) NULL DEFAULT 'it''s \\\\ user',"
            + " `active` TINYINT(1) NULL DEFAULT 1, `count` INT NULL DEFAULT -3,"
            + " `price` DECIMAL(8, 2) NULL DEFAULT 1.50, `day` DATE NULL DEFAULT '2024-01-02')",
        "CREATE TABLE \"t\" (\"role\" VARCHAR(255) DEFAULT 'it''s \\ user',"
            + " \"active\" BOOLEAN DEFAULT TRUE, \"count\" INTEGER DEFAULT -3,"
            + " \"price\" DECIMAL(8, 2) DEFAULT 1.50, \"day\" DATE DEFAULT '2024-01-02')");
  }

  @Test
  void rawDefaultsAreWrittenAsGiven() {
    assertCreate(
        t -> t.timestamp("at").defaultTo(SqlExpression.raw("CURRENT_TIMESTAMP")),
        "CREATE TABLE \"t\" (\"at\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP)",
        "CREATE TABLE `t` (`at` TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP)",
        "CREATE TABLE `t` (`at` TIMESTAMP NULL DEFAULT CURRENT_TIMESTAMP)",
        "CREATE TABLE \"t\" (\"at\" TIMESTAMP DEFAULT CURRENT_TIMESTAMP)");
  }

  @Test
  void aDefaultOfAnUnsupportedTypeIsRejectedWhenSet() {
    assertThatThrownBy(
            () ->
                DdlSnapshots.create(DdlSnapshots.H2, "t", t -> t.json("j").defaultTo(new Object())))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "A column default must be a string, boolean, number, date/time, UUID, enum or"
                + " SqlExpression; java.lang.Object is not supported.");
  }

  @Test
  void aNonFiniteDefaultIsRejected() {
    assertThatThrownBy(
            () ->
                DdlSnapshots.create(
                    DdlSnapshots.H2, "t", t -> t.doubleColumn("d").defaultTo(Double.NaN)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("A column default must be a finite number, was NaN");
  }

  @Test
  void commentsAreInlineOnMysqlAndH2AndCommentOnOnPostgres() {
    assertCreate(
        t -> t.string("api_key").comment("User's key"),
        "CREATE TABLE \"t\" (\"api_key\" VARCHAR(255));\n"
            + "COMMENT ON COLUMN \"t\".\"api_key\" IS 'User''s key'",
        "CREATE TABLE `t` (`api_key` VARCHAR(255) NULL COMMENT 'User''s key')",
        "CREATE TABLE `t` (`api_key` VARCHAR(255) NULL COMMENT 'User''s key')",
        "CREATE TABLE \"t\" (\"api_key\" VARCHAR(255) COMMENT 'User''s key')");
  }

  @Test
  void checksArePositiveRegexOrRaw() {
    assertCreate(
        t -> {
          t.integer("age").checkPositive();
          t.string("email").checkRegex("^[^@]+@[^@]+\\.[^@]+$");
          t.integer("n").check("\"n\" < 10");
        },
        "CREATE TABLE \"t\" (\"age\" INTEGER CHECK (\"age\" > 0),"
            + " \"email\" VARCHAR(255) CHECK (\"email\" ~ E'^[^@]+@[^@]+\\\\.[^@]+$'),"
            + " \"n\" INTEGER CHECK (\"n\" < 10))",
        "CREATE TABLE `t` (`age` INT NULL CHECK (`age` > 0),"
            + " `email` VARCHAR(255) NULL CHECK (`email` REGEXP '^[^@]+@[^@]+\\\\.[^@]+$'),"
            + " `n` INT NULL CHECK (\"n\" < 10))",
        "CREATE TABLE `t` (`age` INT NULL CHECK (`age` > 0),"
            + " `email` VARCHAR(255) NULL CHECK (`email` REGEXP '^[^@]+@[^@]+\\\\.[^@]+$'),"
            + " `n` INT NULL CHECK (\"n\" < 10))",
        "CREATE TABLE \"t\" (\"age\" INTEGER CHECK (\"age\" > 0),"
            + " \"email\" VARCHAR(255) CHECK (REGEXP_LIKE(\"email\", '^[^@]+@[^@]+\\.[^@]+$')),"
            + " \"n\" INTEGER CHECK (\"n\" < 10))");
  }

  @Test
  void generatedColumnsAreStoredOnPostgres() {
    assertCreate(
        t -> t.integer("double_n").generatedAs("n * 2"),
        "CREATE TABLE \"t\" (\"double_n\" INTEGER GENERATED ALWAYS AS (n * 2) STORED)",
        "CREATE TABLE `t` (`double_n` INT GENERATED ALWAYS AS (n * 2) VIRTUAL)",
        "CREATE TABLE `t` (`double_n` INT GENERATED ALWAYS AS (n * 2) VIRTUAL)",
        "CREATE TABLE \"t\" (\"double_n\" INTEGER GENERATED ALWAYS AS (n * 2))");
  }

  @Test
  void unsignedAndAutoIncrementApplyWhereTheDatabaseHasThem() {
    assertCreate(
        t -> {
          t.integer("age").unsigned();
          t.integer("seq").autoIncrement().unique();
        },
        "CREATE TABLE \"t\" (\"age\" INTEGER, \"seq\" SERIAL NOT NULL);\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"t_seq_unique\" UNIQUE (\"seq\")",
        "CREATE TABLE `t` (`age` INT UNSIGNED NULL, `seq` INT NOT NULL AUTO_INCREMENT);\n"
            + "ALTER TABLE `t` ADD UNIQUE INDEX `t_seq_unique` (`seq`)",
        "CREATE TABLE `t` (`age` INT UNSIGNED NULL, `seq` INT NOT NULL AUTO_INCREMENT);\n"
            + "ALTER TABLE `t` ADD UNIQUE INDEX `t_seq_unique` (`seq`)",
        "CREATE TABLE \"t\" (\"age\" INTEGER,"
            + " \"seq\" INTEGER GENERATED BY DEFAULT AS IDENTITY NOT NULL);\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"t_seq_unique\" UNIQUE (\"seq\")");
  }

  @Test
  void collationIsQuotedOnPostgresAndBareOnMysql() {
    assertThat(DdlSnapshots.create(DdlSnapshots.POSTGRES, "t", t -> t.string("n").collate("C")))
        .isEqualTo("CREATE TABLE \"t\" (\"n\" VARCHAR(255) COLLATE \"C\")");
    assertThat(
            DdlSnapshots.create(
                DdlSnapshots.MARIADB, "t", t -> t.string("n").collate("utf8mb4_bin")))
        .isEqualTo("CREATE TABLE `t` (`n` VARCHAR(255) COLLATE utf8mb4_bin NULL)");
  }

  @Test
  void collationIsUnsupportedOnH2() {
    assertThatThrownBy(
            () -> DdlSnapshots.create(DdlSnapshots.H2, "t", t -> t.string("n").collate("C")))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("column collation is not supported by the h2 dialect.");
  }

  @Test
  void useCurrentOnUpdateIsMysqlOnly() {
    assertThat(
            DdlSnapshots.create(
                DdlSnapshots.MYSQL,
                "t",
                t -> t.timestamp("at", 3).useCurrent().useCurrentOnUpdate()))
        .isEqualTo(
            "CREATE TABLE `t` (`at` TIMESTAMP(3) NULL DEFAULT CURRENT_TIMESTAMP(3)"
                + " ON UPDATE CURRENT_TIMESTAMP(3))");
    assertThatThrownBy(
            () ->
                DdlSnapshots.create(
                    DdlSnapshots.POSTGRES, "t", t -> t.timestamp("at").useCurrentOnUpdate()))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("useCurrentOnUpdate is not supported by the postgres dialect.");
  }

  @Test
  void columnPositionIsMysqlOnly() {
    assertThat(
            DdlSnapshots.alter(
                DdlSnapshots.MYSQL,
                "t",
                t -> {
                  t.string("middle").after("first_name");
                  t.string("prefix").first();
                }))
        .isEqualTo(
            "ALTER TABLE `t` ADD COLUMN `middle` VARCHAR(255) NULL AFTER `first_name`,"
                + " ADD COLUMN `prefix` VARCHAR(255) NULL FIRST");
    assertThatThrownBy(
            () -> DdlSnapshots.alter(DdlSnapshots.POSTGRES, "t", t -> t.string("m").after("a")))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("column positioning (after) is not supported by the postgres dialect.");
  }

  @Test
  void typesADialectLacksNameTheTypeAndTheDialect() {
    assertThatThrownBy(
            () ->
                DdlSnapshots.create(
                    DdlSnapshots.POSTGRES, "t", t -> t.set("p", java.util.List.of("a"))))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("column type set is not supported by the postgres dialect.");
    assertThatThrownBy(() -> DdlSnapshots.create(DdlSnapshots.MYSQL, "t", t -> t.inet("ip")))
        .hasMessage("column type inet is not supported by the mysql dialect.");
    assertThatThrownBy(() -> DdlSnapshots.create(DdlSnapshots.H2, "t", t -> t.macaddr("m")))
        .hasMessage("column type macaddr is not supported by the h2 dialect.");
    assertThatThrownBy(
            () ->
                DdlSnapshots.create(
                    DdlSnapshots.MARIADB,
                    "t",
                    t -> t.array("a", io.ilana.schema.ColumnType.INTEGER)))
        .hasMessage("column type array is not supported by the mariadb dialect.");
  }

  @Test
  void mariadbHasNativeInet6AndSetOnMysqlFamily() {
    assertThat(DdlSnapshots.create(DdlSnapshots.MARIADB, "t", t -> t.inet("ip")))
        .isEqualTo("CREATE TABLE `t` (`ip` INET6 NULL)");
    assertThat(DdlSnapshots.create(DdlSnapshots.POSTGRES, "t", t -> t.inet("ip")))
        .isEqualTo("CREATE TABLE \"t\" (\"ip\" INET)");
    assertThat(
            DdlSnapshots.create(
                DdlSnapshots.MYSQL, "t", t -> t.set("p", java.util.List.of("r", "w"))))
        .isEqualTo("CREATE TABLE `t` (`p` SET('r', 'w') NULL)");
  }

  @Test
  void mariadbRefusesNotNullOnAGeneratedColumn() {
    assertThatThrownBy(
            () ->
                DdlSnapshots.create(
                    DdlSnapshots.MARIADB, "t", t -> t.integer("g").generatedAs("1").notNullable()))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("NOT NULL on a generated column is not supported by the mariadb dialect.");
    assertThat(
            DdlSnapshots.create(
                DdlSnapshots.MYSQL, "t", t -> t.integer("g").generatedAs("1").notNullable()))
        .isEqualTo("CREATE TABLE `t` (`g` INT GENERATED ALWAYS AS (1) VIRTUAL NOT NULL)");
  }
}
