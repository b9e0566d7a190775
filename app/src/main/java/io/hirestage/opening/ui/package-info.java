/** Openings: the list each user may see, and the form recruiters open and change them with. */
package io.hirestage.opening.ui;
