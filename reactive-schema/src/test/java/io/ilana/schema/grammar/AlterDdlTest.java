package io.ilana.schema.grammar;

import static io.ilana.schema.grammar.DdlSnapshots.assertAlter;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlterDdlTest {

  @Test
  void addedColumnsAreAddedToTheTable() {
    assertAlter(
        t -> {
          t.string("avatar").nullable();
          t.text("bio");
        },
        "ALTER TABLE \"t\" ADD COLUMN \"avatar\" VARCHAR(255);\n"
            + "ALTER TABLE \"t\" ADD COLUMN \"bio\" TEXT",
        "ALTER TABLE `t` ADD COLUMN `avatar` VARCHAR(255) NULL, ADD COLUMN `bio` TEXT NULL",
        "ALTER TABLE `t` ADD COLUMN `avatar` VARCHAR(255) NULL, ADD COLUMN `bio` TEXT NULL",
        "ALTER TABLE \"t\" ADD COLUMN \"avatar\" VARCHAR(255);\n"
            + "ALTER TABLE \"t\" ADD COLUMN \"bio\" CHARACTER VARYING");
  }

  @Test
  void alterRedefinesTypeNullabilityAndDefault() {
    assertAlter(
        t -> t.string("phone", 40).notNullable().defaultTo("n/a").alter(),
        "ALTER TABLE \"t\" ALTER COLUMN \"phone\" TYPE VARCHAR(40) USING \"phone\"::VARCHAR(40);\n"
            + "ALTER TABLE \"t\" ALTER COLUMN \"phone\" SET NOT NULL;\n"
            + "ALTER TABLE \"t\" ALTER COLUMN \"phone\" SET DEFAULT 'n/a'",
        "ALTER TABLE `t` MODIFY COLUMN `phone` VARCHAR(40) NOT NULL DEFAULT 'n/a'",
        "ALTER TABLE `t` MODIFY COLUMN `phone` VARCHAR(40) NOT NULL DEFAULT 'n/a'",
        "ALTER TABLE \"t\" ALTER COLUMN \"phone\" SET DATA TYPE VARCHAR(40);\n"
            + "ALTER TABLE \"t\" ALTER COLUMN \"phone\" SET NOT NULL;\n"
            + "ALTER TABLE \"t\" ALTER COLUMN \"phone\" SET DEFAULT 'n/a'");
  }

  @Test
  void alterWithoutDefaultDropsTheDefault() {
    assertThat(DdlSnapshots.alter(DdlSnapshots.POSTGRES, "t", t -> t.text("bio").alter()))
        .isEqualTo(
            "ALTER TABLE \"t\" ALTER COLUMN \"bio\" TYPE TEXT USING \"bio\"::TEXT;\n"
                + "ALTER TABLE \"t\" ALTER COLUMN \"bio\" DROP NOT NULL;\n"
                + "ALTER TABLE \"t\" ALTER COLUMN \"bio\" DROP DEFAULT");
  }

  @Test
  void renameAndDropColumns() {
    assertAlter(
        t -> {
          t.renameColumn("name", "full_name");
          t.dropColumn("avatar", "bio");
        },
        "ALTER TABLE \"t\" RENAME COLUMN \"name\" TO \"full_name\";\n"
            + "ALTER TABLE \"t\" DROP COLUMN \"avatar\";\n"
            + "ALTER TABLE \"t\" DROP COLUMN \"bio\"",
        "ALTER TABLE `t` RENAME COLUMN `name` TO `full_name`;\n"
            + "ALTER TABLE `t` DROP COLUMN `avatar`, DROP COLUMN `bio`",
        "ALTER TABLE `t` RENAME COLUMN `name` TO `full_name`;\n"
            + "ALTER TABLE `t` DROP COLUMN `avatar`, DROP COLUMN `bio`",
        "ALTER TABLE \"t\" ALTER COLUMN \"name\" RENAME TO \"full_name\";\n"
            + "ALTER TABLE \"t\" DROP COLUMN \"avatar\";\n"
            + "ALTER TABLE \"t\" DROP COLUMN \"bio\"");
  }

  @Test
  void dropIndexUniqueForeignAndPrimaryByGeneratedNames() {
    assertAlter(
        t -> {
          t.dropForeign(List.of("department_id"));
          t.dropIndex(List.of("last_login_at"));
          t.dropUnique(List.of("username"));
          t.dropPrimary();
        },
        "ALTER TABLE \"t\" DROP CONSTRAINT \"t_department_id_foreign\";\n"
            + "DROP INDEX \"t_last_login_at_index\";\n"
            + "ALTER TABLE \"t\" DROP CONSTRAINT \"t_username_unique\";\n"
            + "ALTER TABLE \"t\" DROP CONSTRAINT \"t_pkey\"",
        "ALTER TABLE `t` DROP FOREIGN KEY `t_department_id_foreign`;\n"
            + "ALTER TABLE `t` DROP INDEX `t_last_login_at_index`;\n"
            + "ALTER TABLE `t` DROP INDEX `t_username_unique`;\n"
            + "ALTER TABLE `t` DROP PRIMARY KEY",
        "ALTER TABLE `t` DROP FOREIGN KEY `t_department_id_foreign`;\n"
            + "ALTER TABLE `t` DROP INDEX `t_last_login_at_index`;\n"
            + "ALTER TABLE `t` DROP INDEX `t_username_unique`;\n"
            + "ALTER TABLE `t` DROP PRIMARY KEY",
        "ALTER TABLE \"t\" DROP CONSTRAINT \"t_department_id_foreign\";\n"
            + "DROP INDEX \"t_last_login_at_index\";\n"
            + "ALTER TABLE \"t\" DROP CONSTRAINT \"t_username_unique\";\n"
            + "ALTER TABLE \"t\" DROP PRIMARY KEY");
  }

  @Test
  void tableOperationsPerDialect() {
    assertThat(DdlSnapshots.POSTGRES.compileRenameTable("a", "b"))
        .isEqualTo("ALTER TABLE \"a\" RENAME TO \"b\"");
    assertThat(DdlSnapshots.MYSQL.compileRenameTable("a", "b"))
        .isEqualTo("RENAME TABLE `a` TO `b`");
    assertThat(DdlSnapshots.H2.compileDropTableIfExists("s.a"))
        .isEqualTo("DROP TABLE IF EXISTS \"s\".\"a\"");
    assertThat(DdlSnapshots.POSTGRES.compileCreateSchema("analytics"))
        .isEqualTo("CREATE SCHEMA \"analytics\"");
  }

  @Test
  void tableCommentPerDialect() {
    assertAlter(
        t -> t.comment("People"),
        "COMMENT ON TABLE \"t\" IS 'People'",
        "ALTER TABLE `t` COMMENT = 'People'",
        "ALTER TABLE `t` COMMENT = 'People'",
        "COMMENT ON TABLE \"t\" IS 'People'");
  }
}
