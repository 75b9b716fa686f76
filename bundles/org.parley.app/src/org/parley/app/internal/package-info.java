/** The Parley workbench's internals: texts, background store calls, opening case editors, start-up. Not API. */
package org.parley.app.internal;
