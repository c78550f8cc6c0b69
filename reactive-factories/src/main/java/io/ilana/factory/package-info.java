/**
 * Model factories: fake models for tests and seeders, with data from Datafaker.
 *
 * <p>A factory is immutable: {@code times}, {@code state}, {@code sequence}, {@code for}, {@code
 * has} and the hooks each return a new factory, so a base factory can be shared and refined.
 */
package io.ilana.factory;
