/**
 * Record matching: finds records that describe the same person, company or place, in one file
 * (deduplication) or across two (linkage). Plain Java with no Spring and no database, so that the
 * same engine serves {@code vivier match}, the whole-base scan and the import.
 *
 * <p>The pipeline: {@link io.vivier.dedup.ColumnTypes} guesses what each column holds;
 * {@link io.vivier.dedup.PreparedRecords} normalises the values once; {@link io.vivier.dedup.Blocker}
 * unions the candidate pairs of several {@link io.vivier.dedup.BlockingRule}s; each
 * {@link io.vivier.dedup.Comparison} gives a pair a level per field; {@link io.vivier.dedup.ModelEstimator}
 * fits a Fellegi–Sunter {@link io.vivier.dedup.MatchModel} without labels; {@link io.vivier.dedup.Clusterer}
 * turns the scored pairs into clusters. {@link io.vivier.dedup.MatchEngine} runs it all;
 * {@link io.vivier.dedup.Matcher} scores and explains single pairs with a fitted model.
 */
package io.vivier.dedup;
