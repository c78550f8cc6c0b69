/**
 * The {@code ilana} commands as Maven goals: {@code ./mvnw ilana:migrate}, {@code ilana:status},
 * {@code ilana:make-model -Dilana.name=Post}, … Database goals compile the project first and run
 * with its runtime class path, so its migrations, seeders and models are found.
 */
package io.ilana.maven;
