/** The portal's frame: the main layout with its side navigation and user menu, and the home view. */
package io.hirestage.base.ui;
