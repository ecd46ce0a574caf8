/**
 * The recording chain: from emissions inside the body to samples, through tissue, the skin and the air, the
 * {@link Sensor} (an air microphone or a contact sensor), noise, sounds that are not joints (speech, rustle,
 * taps, beeps), gain and clipping. Start with {@link Recorder#record}, which mixes the
 * {@link org.backcrack.physics.Emission}s placed on the recording's time line as the {@link RecordingSettings}
 * say and returns the {@link org.backcrack.core.audio.AudioClip} with what else it mixed in; {@link Conditions}
 * adds the recording-condition families (a phone, a lossy codec, a room). Quantisation to a sample format
 * happens later, when core's WAV writer writes the file. Depends on the physics root, core and Hipparchus' FFT;
 * it must not depend on the mechanism and scenario packages that feed it, nor on anything outside physics but
 * core and Hipparchus.
 */
package org.backcrack.physics.record;
