/**
 * The embedded H2 dialect plug-in: everything that differs for it. The dialect, its value codecs
 * and the query grammar are here in reactive-core; the schema grammar and the migration lock are in
 * the same package in reactive-schema. All of it is registered through {@code META-INF/services}.
 */
package io.ilana.dialect.h2;
