/** Admin > Search index: how the candidate index stands, and its rebuild. */
package io.hirestage.search.ui;
