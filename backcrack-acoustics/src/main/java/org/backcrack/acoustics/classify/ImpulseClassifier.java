package org.backcrack.acoustics.classify;

import java.util.Map;

/** Gives each class's probability for a transient's {@link ImpulseVector}. */
public interface ImpulseClassifier {
    Map<ImpulseClass, Double> posterior(double[] vector);
}
