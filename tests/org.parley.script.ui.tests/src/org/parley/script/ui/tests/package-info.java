/** The conversation scripts in the workbench, driven through real SWT widgets under a display. */
package org.parley.script.ui.tests;
