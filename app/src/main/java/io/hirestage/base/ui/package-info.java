/** The portal's frame: the main layout with its side navigation and user menu, the home view, the
 * person's time zone ({@link io.hirestage.base.ui.UserTime}) and the error handler and error views. */
package io.hirestage.base.ui;
