/** The workbench's parts: the case navigator, the case editor and the clients view. */
package org.parley.app.internal.parts;
