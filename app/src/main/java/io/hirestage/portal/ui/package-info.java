/**
 * The portal's frame, above every feature: the main layout with its side navigation (built from each
 * feature's {@code @Menu}) and user menu, and the home view. Kept apart from {@code base.ui}, which
 * every feature uses, because the frame itself needs features (the signed-in user, My account).
 */
package io.hirestage.portal.ui;
