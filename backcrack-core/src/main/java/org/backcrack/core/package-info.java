/**
 * The shared vocabulary every backcrack module speaks: the kinds of joint sound the analyzer emits and the
 * simulator labels ({@link SoundClass}), the mechanisms the assessment reasons about ({@link Mechanism}), and one
 * labelled sound in a recording ({@link SoundEvent}). Start with {@link SoundEvent}, the value that travels from
 * the simulator and the analyzer to the assessment and the app. The package also holds what every module needs
 * when input goes wrong or work must stop: {@link InputException}, which carries a stable key from a module's
 * {@link ErrorKey} enum (this module's are in {@link CoreError}), {@link Printable} to echo outside text safely,
 * and {@link Cancellation}, which long loops call so abandoned work stops. Core depends on no other backcrack
 * module and on no library but jFLAC (in {@code org.backcrack.core.audio}); every other module builds on it, so
 * nothing here may name physics, acoustics, assess, app, spark or bench.
 */
package org.backcrack.core;
