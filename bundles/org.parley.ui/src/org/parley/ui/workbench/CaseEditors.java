package org.parley.ui.workbench;

/**
 * Opens a case in its editor: the one already open is brought to front, otherwise a new editor opens. Views
 * get it from their context, so they do not depend on where and how editors are shown.
 */
public interface CaseEditors {

    /** Id of the part descriptor case editors are created from. */
    String DESCRIPTOR_ID = "org.parley.app.partdescriptor.caseEditor";

    /** Id of the part stack case editors open in. */
    String STACK_ID = "org.parley.app.partstack.editors";

    /** Key of the persisted state that holds the case id of an editor part. */
    String CASE_ID = "caseId";

    /**
     * Shows the case's editor and activates it.
     *
     * @param label the tab label until the editor has read the case, e.g. its number
     */
    void open(long caseId, String label);
}
