/** The inbox page and the inbox button with its count in the header. */
package io.hirestage.notification.ui;
