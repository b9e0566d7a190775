/** Login, the admin's user management and a user's own account page. */
package io.hirestage.security.ui;
