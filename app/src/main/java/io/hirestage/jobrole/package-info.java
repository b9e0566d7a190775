/**
 * Job roles (reusable definitions such as Backend Lead Developer) and the pipeline template of each:
 * which stages its openings run, in which order, which provider serves each vendor stage and which
 * user roles may act on each stage. Admins edit templates; openings start from them.
 */
package io.hirestage.jobrole;
