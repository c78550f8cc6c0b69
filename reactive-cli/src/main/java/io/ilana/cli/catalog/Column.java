package io.ilana.cli.catalog;

/**
 * A column as the catalog describes it.
 *
 * @param name the column name
 * @param type the type as the catalog spells it, lower case
 * @param nullable whether it accepts null
 * @param primaryKey whether it is part of the primary key
 */
public record Column(String name, String type, boolean nullable, boolean primaryKey) {}
