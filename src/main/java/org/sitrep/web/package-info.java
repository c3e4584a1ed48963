/** The analysts' workbench: the HTTP server behind {@code sitrep serve}, its REST API and the web UI it serves. */
package org.sitrep.web;
