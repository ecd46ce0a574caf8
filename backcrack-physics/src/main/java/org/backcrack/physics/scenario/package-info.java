/**
 * Whole simulations: a {@link Scenario} (a {@link Person}, a spine region, a movement, how it is recorded, the
 * model families and a seed) in, a {@link Simulation} (the recording, each {@link TruthEvent} with the physics
 * behind it, and each joint's history) out. Start with {@link Simulator}: {@code run} drives every mechanism from
 * the one movement and passes their emissions through the recording chain, and given a
 * {@link SimulationBudget} it refuses, before any work, a scenario whose {@code plan} costs too much.
 * {@link BuiltInScenarios} holds the named stories of {@code backcrack simulate --list}, {@link CorpusPlan} the
 * varied corpora the analyzer is trained and judged on, and scenario files are JSON, read and written beside
 * these records ({@code ScenarioJson}). This is the top of the physics module: it may use every other physics
 * package but {@code validation}, which alone may use it, and it must not depend on acoustics, assess, app,
 * spark or bench.
 */
package org.backcrack.physics.scenario;
