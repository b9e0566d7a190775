/**
 * The candidate search engine: one Lucene index of every candidate, fed by the features that know
 * something about them (the person and their resume, where they stand in the openings) and asked by
 * every feature that looks candidates up. It depends on no feature: features describe candidates to
 * it through {@link io.hirestage.search.CandidateIndexSource} and
 * {@link io.hirestage.search.CandidateIndexContributor}, and tell it what changed with
 * {@link io.hirestage.search.CandidateIndex#changed}.
 */
package io.hirestage.search;
