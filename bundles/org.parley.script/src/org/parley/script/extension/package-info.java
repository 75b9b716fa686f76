/**
 * Extension points of conversation scripts: kinds of script steps ({@link org.parley.script.extension.StepKind}) and phrases for the tone check ({@link org.parley.script.extension.ToneRuleSet}).
 */
package org.parley.script.extension;
