/**
 * Workbench API of conversation scripts: the inline tone check for any message field ({@link org.parley.script.ui.ToneHints}) and help on a step of a call ({@link org.parley.script.ui.StepAssist}).
 */
package org.parley.script.ui;
