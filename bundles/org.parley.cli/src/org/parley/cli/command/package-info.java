/**
 * API for {@code parley-cli} commands: register a {@link org.parley.cli.command.Command} service (usually a {@link org.parley.cli.command.DeclaredCommand}); {@link org.parley.cli.command.CommandContext} gives it the services and the output streams.
 */
package org.parley.cli.command;
