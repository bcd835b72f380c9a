/** Shell: the errors contract of the REST API and the web UI's layout, locale and common pages. */
package io.vivier.web;
