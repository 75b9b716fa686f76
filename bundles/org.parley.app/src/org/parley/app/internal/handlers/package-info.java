/** Handlers of the workbench's commands, run through e4 dependency injection. */
package org.parley.app.internal.handlers;
