/**
 * The command line: {@link org.parley.cli.ParleyCommandLine} runs {@code parley-cli} commands in-process, for the launcher and for tests.
 */
package org.parley.cli;
