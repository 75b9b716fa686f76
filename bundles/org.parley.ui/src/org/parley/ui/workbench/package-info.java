/**
 * What a plug-in's views, dialogs and handlers use from Parley's workbench: calling the store off the UI thread
 * ({@link org.parley.ui.workbench.StoreCall}), who is signed in ({@link org.parley.ui.workbench.SignedIn}),
 * opening cases in their editors ({@link org.parley.ui.workbench.CaseEditors}, from the Eclipse context),
 * dialogs that enter a record ({@link org.parley.ui.workbench.DraftDialog} with its
 * {@link org.parley.ui.workbench.ClientPicker}, {@link org.parley.ui.workbench.MomentField} and
 * {@link org.parley.ui.workbench.ChannelCombo}), opening dialogs without blocking
 * ({@link org.parley.ui.workbench.Dialogs}) and following the services of one kind as they come and go
 * ({@link org.parley.ui.workbench.ServiceList}).
 *
 * <p>Versioned API: the package version follows semantic versioning, so import it with a range such as
 * {@code [0.1.0,0.2.0)}.
 */
package org.parley.ui.workbench;
