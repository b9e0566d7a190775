/**
 * What every feature's views share, below every feature: short messages ({@link io.hirestage.base.ui.Toasts}),
 * the person's time zone ({@link io.hirestage.base.ui.UserTime}), and the error handler and error views.
 * It depends on no feature; the frame around the views (main layout, home) is {@code io.hirestage.portal.ui}.
 */
package io.hirestage.base.ui;
