/**
 * The app module, the edge where files, sockets, the database and the clock live: the command line
 * ({@code cli}, start at {@link org.backcrack.app.cli.BackcrackCommand}), the web app and REST API
 * ({@code web}), the journal's storage ({@code journal}), reports and plots, the analyzer's file-level
 * commands ({@code analyze}) and simulation output files ({@code simulate}). This base package holds
 * {@link org.backcrack.app.AppError}, every error key the app reports with its meaning and HTTP status. The
 * app may depend on every middle module; nothing but the bench may depend on it, and it never depends on spark
 * or bench.
 */
package org.backcrack.app;
