/**
 * Numbers as text for tables and label files: {@link FixedPoint} writes a fixed count of decimals exactly as
 * {@code String.format} does, without its cost on code that runs once per process.
 */
package org.backcrack.core.text;
