/**
 * Candidates' data rights (GDPR Art. 5, 7, 15, 17, 20): the privacy notice per country in versions,
 * candidates' consents with their date, source, notice and expiry, retention policies per country
 * carried out by a daily run that reports what it did, and erasure everywhere the portal and its
 * vendors keep a person's data. Sits above the pipeline, which it asks what still needs a person's
 * data, and below the portal's frame.
 */
package io.hirestage.privacy;
