/**
 * The MySQL and MariaDB dialect plug-in: one driver and one wire protocol, with MariaDB's
 * differences as subclasses. The dialects, the error codes and the query grammars are here in
 * reactive-core; the schema grammars and the named migration lock are in the same package in
 * reactive-schema. All of it is registered through {@code META-INF/services}.
 */
package io.ilana.dialect.mysql;
