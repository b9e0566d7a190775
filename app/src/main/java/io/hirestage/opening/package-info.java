/**
 * Openings: a job role being hired for, with its place, hiring manager, recruiters, interview team,
 * headcount, target date and status. Its pipeline is its job role's template, less the stages the
 * opening skips where admins allow it.
 */
package io.hirestage.opening;
