/**
 * The JMH benchmark of the forward model: {@link PhysicsBenchmark} times one pop (the pressure build-up, the
 * inception, 40 ms of Keller–Miksis bubble in its joint and the segment's ringing) and a 60-second scenario with
 * every mechanism recorded at 48 kHz, beside a peer measured in the same run (the recording chain alone making
 * 60 s of 48 kHz noise, the floor cost of any 60-second recording). Start with that class's Javadoc, which gives
 * the command that runs it; results go to {@code docs/benchmarks.md} with the machine and the command. It uses
 * the physics module's public API only. Benchmarks sit on top of every module, and no module may depend on them.
 */
package org.backcrack.bench.physics;
