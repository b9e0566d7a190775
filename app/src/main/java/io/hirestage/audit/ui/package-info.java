/** Admin > Audit trail: browse and filter who changed what. */
package io.hirestage.audit.ui;
