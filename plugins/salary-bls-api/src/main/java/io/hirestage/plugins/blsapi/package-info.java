/**
 * A salary data source on the live BLS Public Data API v2: OEWS wage estimates for an occupation,
 * nationally or in one U.S. state, asked for as a handful of OEWS series in one request and kept in
 * the portal's storage for a set number of hours.
 */
package io.hirestage.plugins.blsapi;
