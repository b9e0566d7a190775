/** What every feature shares: for now, the main layout and the home view. */
package io.hirestage.base;
