/** Candidates: the list recruiters search and filter, and the form that adds one. */
package io.hirestage.candidate.ui;
