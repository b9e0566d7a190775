/**
 * A salary data source that answers from the organisation's own pay bands: a CSV file an admin
 * uploads in the provider's settings, read with Apache Commons CSV (packed into the plugin's jar),
 * checked row by row and refused whole when any row is wrong.
 */
package io.hirestage.plugins.paybands;
