/**
 * The web app on Javalin: static pages under {@code /} and the REST API under {@code /api/v1} (assess, analyze,
 * simulate, the journal and the account), every response with the security headers and nothing a person enters
 * ever logged. Start with {@link WebServer}, whose {@code start} takes the {@link WebOptions}, a journal store and
 * the knowledge base and wires the route classes ({@code AssessRoutes}, {@code AudioRoutes},
 * {@code JournalRoutes}); {@code Security} decides who is asking and whether they may (local or public mode,
 * sessions, CSRF), and {@code HeavyWork} runs analysis and simulation off the request threads, each with a
 * deadline. The server wires the routes, never the other way round: route and helper classes must not call back
 * into {@code WebServer}. Only the command line ({@code serve}) may depend on this package, and it must not
 * depend on spark or bench.
 */
package org.backcrack.app.web;
