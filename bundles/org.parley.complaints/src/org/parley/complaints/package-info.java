/**
 * The complaint log's services and records: intake from every channel, deadlines in working hours, escalation one level up, investigation, closing with a letter, the complaint book and lessons.
 */
package org.parley.complaints;
