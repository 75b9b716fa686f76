/**
 * Streaming CSV and JSON readers and writers for Parley's import and export files, shared by the command line,
 * the workbench and capability bundles; parse errors name the line and say how to fix it.
 */
package org.parley.format;
