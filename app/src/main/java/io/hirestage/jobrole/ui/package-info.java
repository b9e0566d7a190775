/** Admin > Pipeline templates: the stages, providers and permissions of each job role's pipeline. */
package io.hirestage.jobrole.ui;
