/**
 * The {@code ilana} command: {@link io.ilana.cli.Ilana} is its entry point, {@link
 * io.ilana.cli.CliContext} the world a run sees (working directory, environment, streams, the
 * project's class loader), and {@code io.ilana.cli.command} holds one class per command.
 */
package io.ilana.cli;
