/**
 * What the benchmarks share: {@link BenchScenarios}, the 60-second scenario that the physics benchmark
 * simulates and the analyzer benchmark analyses. The benchmarks themselves are in the sub-packages.
 */
package org.backcrack.bench;
