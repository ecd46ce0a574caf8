/**
 * The JMH benchmark of the assessment: {@link AssessmentBenchmark} times one assessment on one core, both the
 * engine alone on answers already validated and the whole path from JSON text (parse, validate, assess), beside a
 * peer measured in the same run (Jackson merely parsing the same JSON into a tree). Start with that class's
 * Javadoc, which gives the command that runs it; results go to {@code docs/benchmarks.md} with the machine and
 * the command. It sets up with the built-in knowledge base and uses the assess module's public API only.
 * Benchmarks sit on top of every module, and no module may depend on them.
 */
package org.backcrack.bench.assess;
