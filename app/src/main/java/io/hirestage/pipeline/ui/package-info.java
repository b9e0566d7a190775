/** The pipeline board of an opening and the application panel shown on it and on a candidate's profile. */
package io.hirestage.pipeline.ui;
