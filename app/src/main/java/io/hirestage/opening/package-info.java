/**
 * Openings: a job role being hired for, with its place, hiring manager, recruiters, interview team,
 * headcount, target date and status. Its pipeline is its job role's template (per-opening changes
 * within what admins allow come with the pipeline board).
 */
package io.hirestage.opening;
