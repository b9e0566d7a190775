/**
 * One-way (recorded) video interviews from a vendor that offers a participants API and signed
 * webhooks, in the way Willo and Spark Hire do: {@link io.hirestage.plugins.oneway.OneWayVideoInterviewProvider}
 * is the provider the portal loads; the other classes are its HTTP client, its reading of the
 * vendor's answers and its checks of the vendor's webhooks.
 */
package io.hirestage.plugins.oneway;
