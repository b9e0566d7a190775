/** What every feature shares: the feed that hands committed changes to open views; its ui package holds the main layout and home. */
package io.hirestage.base;
