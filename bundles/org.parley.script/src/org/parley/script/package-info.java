/**
 * Conversation scripts and the tone check: the script library with its versions, calls run along a script, coaching figures, and the check for excuses, blame, argument and aggression in messages to clients.
 */
package org.parley.script;
