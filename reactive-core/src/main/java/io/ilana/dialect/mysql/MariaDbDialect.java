package io.ilana.dialect.mysql;

import java.util.List;

/** MariaDB: MySQL's wire protocol and error codes; grammars add what MariaDB does differently. */
public class MariaDbDialect extends MySqlDialect {

  @Override
  public String name() {
    return "mariadb";
  }

  @Override
  public List<String> clientNames() {
    return List.of("mariadb");
  }
}
