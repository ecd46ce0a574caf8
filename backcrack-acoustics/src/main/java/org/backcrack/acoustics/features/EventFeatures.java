package org.backcrack.acoustics.features;

/**
 * What an event sounds like, in numbers.
 *
 * @param peakDbfs          peak level, dB re full scale
 * @param snrDb             peak energy above the noise floor, dB
 * @param riseTime          onset to peak, s
 * @param decayTime         peak to the last sample above peak − 20 dB, s
 * @param dominantFrequency frequency of the spectral peak, Hz
 * @param spectralCentroid  power-weighted mean frequency, Hz
 * @param bandwidth         power-weighted standard deviation of frequency, Hz
 * @param flatness          spectral flatness in [0, 1] (1 noise-like, near 0 tonal)
 * @param subClicks         impulses grouped into this event (1 for a single sound)
 */
public record EventFeatures(
        double peakDbfs,
        double snrDb,
        double riseTime,
        double decayTime,
        double dominantFrequency,
        double spectralCentroid,
        double bandwidth,
        double flatness,
        int subClicks) {}
