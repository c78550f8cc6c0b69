package io.ilana.dialect;

/** MariaDB: MySQL's wire protocol and error codes; grammars add what MariaDB does differently. */
public class MariaDbDialect extends MySqlDialect {

  @Override
  public String name() {
    return "mariadb";
  }
}
