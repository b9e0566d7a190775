/**
 * Users, roles, login and the security rules: users live in the database with bcrypt password
 * hashes; views are denied unless annotated, and services check roles again with method security.
 */
package io.hirestage.security;
