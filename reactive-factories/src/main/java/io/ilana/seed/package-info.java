/**
 * Seeders: code that fills a database with the rows an application or its tests need, run by the
 * {@code ilana seed} command or from code.
 */
package io.ilana.seed;
