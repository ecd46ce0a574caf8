/**
 * Simulation output on disk: {@link org.backcrack.app.simulate.SimulationFiles} writes a simulated recording
 * as {@code F.wav}, its Audacity labels {@code F.txt} and the full truth {@code F.json}, byte-identical for the
 * same scenario and seed. The scenario file format itself lives with the scenarios in physics
 * ({@code org.backcrack.physics.scenario.ScenarioJson}); this package only writes files, for the
 * {@code simulate} and {@code corpus} commands.
 */
package org.backcrack.app.simulate;
