/**
 * Applications: a candidate in an opening, where they stand in its pipeline (stage and status), the
 * history of who moved them when, notes, the vendor stages they were sent through, and the board
 * recruiters run them on. Writes go through JPA; the board and its counts are read with plain SQL
 * (one query per column page) because they join candidates and vendor steps.
 */
package io.hirestage.pipeline;
