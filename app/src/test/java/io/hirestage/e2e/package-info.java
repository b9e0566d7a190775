/**
 * End-to-end tests: the portal on a random port driven in real headless Chromium through page
 * objects written in the TestBench style (one class per page, methods named for what a user does).
 */
package io.hirestage.e2e;
