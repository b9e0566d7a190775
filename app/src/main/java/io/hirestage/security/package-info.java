/**
 * Users, roles, login and the security rules: users live in the database with bcrypt password
 * hashes; views are denied unless annotated, and services check roles again with method security.
 * Logins pass the {@link io.hirestage.security.LoginThrottle} before the password check and are
 * written to the audit trail; a user's sessions end when their account is disabled or their password
 * changes ({@link io.hirestage.security.UserSessions}).
 */
package io.hirestage.security;
