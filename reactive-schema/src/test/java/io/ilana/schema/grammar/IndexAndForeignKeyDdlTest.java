package io.ilana.schema.grammar;

import static io.ilana.schema.grammar.DdlSnapshots.assertCreate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ilana.error.InvalidArgumentException;
import io.ilana.error.UnsupportedFeatureException;
import io.ilana.schema.IndexType;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexAndForeignKeyDdlTest {

  @Test
  void columnUniqueAndIndexBecomeStatementsAfterTheTable() {
    assertCreate(
        t -> {
          t.string("email").unique();
          t.string("slug").index("slug_idx");
        },
        "CREATE TABLE \"t\" (\"email\" VARCHAR(255), \"slug\" VARCHAR(255));\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"t_email_unique\" UNIQUE (\"email\");\n"
            + "CREATE INDEX \"slug_idx\" ON \"t\" (\"slug\")",
        "CREATE TABLE `t` (`email` VARCHAR(255) NULL, `slug` VARCHAR(255) NULL);\n"
            + "ALTER TABLE `t` ADD UNIQUE INDEX `t_email_unique` (`email`);\n"
            + "ALTER TABLE `t` ADD INDEX `slug_idx` (`slug`)",
        "CREATE TABLE `t` (`email` VARCHAR(255) NULL, `slug` VARCHAR(255) NULL);\n"
            + "ALTER TABLE `t` ADD UNIQUE INDEX `t_email_unique` (`email`);\n"
            + "ALTER TABLE `t` ADD INDEX `slug_idx` (`slug`)",
        "CREATE TABLE \"t\" (\"email\" VARCHAR(255), \"slug\" VARCHAR(255));\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"t_email_unique\" UNIQUE (\"email\");\n"
            + "CREATE INDEX \"slug_idx\" ON \"t\" (\"slug\")");
  }

  @Test
  void compositePrimaryKeyIsDeclaredInTheCreateStatement() {
    assertCreate(
        t -> {
          t.integer("a");
          t.integer("b");
          t.primary(List.of("a", "b"));
        },
        "CREATE TABLE \"t\" (\"a\" INTEGER, \"b\" INTEGER,"
            + " CONSTRAINT \"t_pkey\" PRIMARY KEY (\"a\", \"b\"))",
        "CREATE TABLE `t` (`a` INT NULL, `b` INT NULL, PRIMARY KEY (`a`, `b`))",
        "CREATE TABLE `t` (`a` INT NULL, `b` INT NULL, PRIMARY KEY (`a`, `b`))",
        "CREATE TABLE \"t\" (\"a\" INTEGER, \"b\" INTEGER,"
            + " CONSTRAINT \"t_pkey\" PRIMARY KEY (\"a\", \"b\"))");
  }

  @Test
  void namedCompositeIndexAndUnique() {
    assertCreate(
        t -> {
          t.index(List.of("name", "email"), "name_email_idx");
          t.unique(List.of("email", "tenant_id"), "unique_email_per_tenant");
        },
        "CREATE TABLE \"t\" ();\n"
            + "CREATE INDEX \"name_email_idx\" ON \"t\" (\"name\", \"email\");\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"unique_email_per_tenant\""
            + " UNIQUE (\"email\", \"tenant_id\")",
        "CREATE TABLE `t` ();\n"
            + "ALTER TABLE `t` ADD INDEX `name_email_idx` (`name`, `email`);\n"
            + "ALTER TABLE `t` ADD UNIQUE INDEX `unique_email_per_tenant` (`email`, `tenant_id`)",
        "CREATE TABLE `t` ();\n"
            + "ALTER TABLE `t` ADD INDEX `name_email_idx` (`name`, `email`);\n"
            + "ALTER TABLE `t` ADD UNIQUE INDEX `unique_email_per_tenant` (`email`, `tenant_id`)",
        "CREATE TABLE \"t\" ();\n"
            + "CREATE INDEX \"name_email_idx\" ON \"t\" (\"name\", \"email\");\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"unique_email_per_tenant\""
            + " UNIQUE (\"email\", \"tenant_id\")");
  }

  @Test
  void partialAndGinIndexesArePostgresOnly() {
    assertThat(
            DdlSnapshots.alter(
                DdlSnapshots.POSTGRES,
                "analytics.events",
                t -> {
                  t.index(List.of("title"), "published_idx").where("is_published = true");
                  t.index(List.of("data"), "events_data_gin", IndexType.GIN);
                }))
        .isEqualTo(
            "CREATE INDEX \"published_idx\" ON \"analytics\".\"events\" (\"title\")"
                + " WHERE is_published = true;\n"
                + "CREATE INDEX \"events_data_gin\" ON \"analytics\".\"events\" USING GIN"
                + " (\"data\")");
    assertThatThrownBy(
            () ->
                DdlSnapshots.alter(
                    DdlSnapshots.MARIADB, "t", t -> t.index(List.of("a"), "i").where("a > 1")))
        .isInstanceOf(UnsupportedFeatureException.class)
        .hasMessage("partial indexes (where) is not supported by the mariadb dialect.");
    assertThatThrownBy(
            () ->
                DdlSnapshots.alter(
                    DdlSnapshots.H2, "t", t -> t.index(List.of("a"), "i", IndexType.GIN)))
        .hasMessage("GIN indexes is not supported by the h2 dialect.");
  }

  @Test
  void fullTextIsMysqlFamilyOnly() {
    assertThat(
            DdlSnapshots.alter(
                DdlSnapshots.MYSQL,
                "t",
                t -> t.index(List.of("title", "body"), "ft", IndexType.FULLTEXT)))
        .isEqualTo("ALTER TABLE `t` ADD FULLTEXT INDEX `ft` (`title`, `body`)");
    assertThatThrownBy(
            () -> DdlSnapshots.alter(DdlSnapshots.POSTGRES, "t", t -> t.fullText(List.of("title"))))
        .hasMessage("FULLTEXT indexes is not supported by the postgres dialect.");
  }

  @Test
  void spatialIndexesUseEachDatabasesSpatialMethod() {
    assertThat(DdlSnapshots.alter(DdlSnapshots.POSTGRES, "t", t -> t.spatialIndex(List.of("loc"))))
        .isEqualTo("CREATE INDEX \"t_loc_spatial\" ON \"t\" USING GIST (\"loc\")");
    assertThat(DdlSnapshots.alter(DdlSnapshots.MARIADB, "t", t -> t.spatialIndex(List.of("loc"))))
        .isEqualTo("ALTER TABLE `t` ADD SPATIAL INDEX `t_loc_spatial` (`loc`)");
    assertThat(DdlSnapshots.alter(DdlSnapshots.H2, "t", t -> t.spatialIndex(List.of("loc"))))
        .isEqualTo("CREATE SPATIAL INDEX \"t_loc_spatial\" ON \"t\" (\"loc\")");
  }

  @Test
  void foreignKeysCarryActionsAndNames() {
    assertCreate(
        t -> {
          t.integer("user_id");
          t.foreign("user_id")
              .references("id")
              .inTable("users")
              .onDelete("cascade")
              .onUpdate("set null");
          t.foreign("user_id", "fk_named").references("id").inTable("users");
        },
        "CREATE TABLE \"t\" (\"user_id\" INTEGER);\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"t_user_id_foreign\" FOREIGN KEY (\"user_id\")"
            + " REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE SET NULL;\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"fk_named\" FOREIGN KEY (\"user_id\")"
            + " REFERENCES \"users\" (\"id\")",
        "CREATE TABLE `t` (`user_id` INT NULL);\n"
            + "ALTER TABLE `t` ADD CONSTRAINT `t_user_id_foreign` FOREIGN KEY (`user_id`)"
            + " REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE SET NULL;\n"
            + "ALTER TABLE `t` ADD CONSTRAINT `fk_named` FOREIGN KEY (`user_id`)"
            + " REFERENCES `users` (`id`)",
        "CREATE TABLE `t` (`user_id` INT NULL);\n"
            + "ALTER TABLE `t` ADD CONSTRAINT `t_user_id_foreign` FOREIGN KEY (`user_id`)"
            + " REFERENCES `users` (`id`) ON DELETE CASCADE ON UPDATE SET NULL;\n"
            + "ALTER TABLE `t` ADD CONSTRAINT `fk_named` FOREIGN KEY (`user_id`)"
            + " REFERENCES `users` (`id`)",
        "CREATE TABLE \"t\" (\"user_id\" INTEGER);\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"t_user_id_foreign\" FOREIGN KEY (\"user_id\")"
            + " REFERENCES \"users\" (\"id\") ON DELETE CASCADE ON UPDATE SET NULL;\n"
            + "ALTER TABLE \"t\" ADD CONSTRAINT \"fk_named\" FOREIGN KEY (\"user_id\")"
            + " REFERENCES \"users\" (\"id\")");
  }

  @Test
  void constrainedGuessesTheTableFromTheColumnName() {
    assertThat(
            DdlSnapshots.create(
                DdlSnapshots.H2, "posts", t -> t.foreignId("category_id").constrained()))
        .isEqualTo(
            "CREATE TABLE \"posts\" (\"category_id\" BIGINT);\n"
                + "ALTER TABLE \"posts\" ADD CONSTRAINT \"posts_category_id_foreign\""
                + " FOREIGN KEY (\"category_id\") REFERENCES \"categories\" (\"id\")");
  }

  @Test
  void anUnknownReferentialActionIsRejected() {
    assertThatThrownBy(
            () ->
                DdlSnapshots.create(
                    DdlSnapshots.H2, "t", t -> t.foreign("a").onDelete("DROP TABLE x")))
        .isInstanceOf(InvalidArgumentException.class)
        .hasMessage(
            "Unknown referential action 'DROP TABLE x'; expected one of CASCADE, SET NULL,"
                + " SET DEFAULT, RESTRICT, NO ACTION.");
  }

  @Test
  void aForeignKeyWithoutTableIsRejected() {
    assertThatThrownBy(() -> DdlSnapshots.create(DdlSnapshots.H2, "t", t -> t.foreign("a")))
        .hasMessage("Foreign key on t(a) names no referenced table; call inTable(...).");
  }
}
