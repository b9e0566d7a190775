/**
 * What every feature shares: the feed that hands committed changes to open views, and the one
 * stale-edit check ({@link io.hirestage.base.StaleCheck}); its ui package holds the main layout and home.
 */
package io.hirestage.base;
