/**
 * Candidates: who they are, how to reach them, where they came from (the hiring guide's sourcing
 * channels), tags and talent-pool consent, with duplicate detection when one is added. Applications
 * to openings, resumes and the pipeline board build on this.
 */
package io.hirestage.candidate;
