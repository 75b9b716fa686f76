package org.parley.script;

/** What is wrong with a phrase in a message to the client, in the terms of the practice. */
public enum ToneCategory {
    /** Explaining the company's failure away ("it's not our fault", "we are very busy"). */
    EXCUSE,
    /** Putting the fault on the client ("you should have read the terms"). */
    BLAME,
    /** Contradicting the client instead of explaining step by step ("you are wrong"). */
    ARGUMENT,
    /** Mirroring the client's aggression ("calm down", "don't shout at me"). */
    AGGRESSION
}
