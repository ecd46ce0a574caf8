/**
 * Corpus-scale batch analysis on Apache Spark: {@code backcrack batch} runs the analyzer of
 * {@code backcrack analyze} over a directory, a glob, a list file or a Hadoop-compatible URI of WAV and FLAC
 * files, and writes two Parquet tables, {@code events} and {@code files}. Start with {@link BatchCommand}, the
 * picocli command and its {@code main} (Spark runs embedded in local mode unless {@code --master} or spark-submit
 * says otherwise), then {@link BatchJob#run}: each file is one Spark task that streams it from its file system
 * into a {@link FileResult}, and a file that cannot be read is recorded with its error while the job carries on.
 * Spark and Hadoop live only in this module. Within backcrack it depends on core and acoustics only: it must not
 * depend on app, assess or bench, and no other module depends on it.
 */
package org.backcrack.spark;
