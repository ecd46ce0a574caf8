/**
 * Numerical integration shared by the bubble and gas models: {@link org.backcrack.physics.ode.Integration}
 * (Dormand–Prince 5(4) with its tolerances, sampling and stop) and {@link org.backcrack.physics.ode.StopWhen}
 * (an integration that ends where a function of the state crosses zero).
 */
package org.backcrack.physics.ode;
