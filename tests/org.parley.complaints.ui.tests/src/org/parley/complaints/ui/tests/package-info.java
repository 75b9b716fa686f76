/** UI tests of the complaint log under a real display (Xvfb in CI), with screenshots in docs/screenshots. */
package org.parley.complaints.ui.tests;
