/** Controls for admin-defined custom fields: the typed input form shared by the case editor and the clients part. */
package org.parley.app.internal.fields;
