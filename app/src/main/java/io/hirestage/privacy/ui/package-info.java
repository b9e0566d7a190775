/** Admin > Privacy (notices, retention policies and runs) and the profile's Privacy section (consents, export, erasure). */
package io.hirestage.privacy.ui;
