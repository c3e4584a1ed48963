/** The command line (picocli): thin commands over the pipeline, with --help everywhere and exit codes scripts can trust. */
package org.sitrep.cli;
